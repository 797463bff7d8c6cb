//! Prints a name's vowel and skeleton keys: `cargo run --example keys -- NAME...`.
fn main() {
    for n in std::env::args().skip(1) {
        let (v, s) = marsad_places::normalize::name_keys(&n);
        println!("{n}\t{v}\t{s}");
    }
}
