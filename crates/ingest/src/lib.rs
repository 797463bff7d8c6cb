//! marsad-ingest: the formats reports arrive in.
//!
//! - [`html`]: an article's text from a web page, without the cookie banners,
//!   menus, share buttons and "Related Articles" around it;
//! - [`feed`]: items of an RSS 2.0 or Atom feed;
//! - [`fetch`]: HTTP(S) GET with limits (size, time), for feeds and pages.
//!
//! Parsing is pure and never panics on hostile markup; only `fetch` does I/O.

pub mod feed;
pub mod fetch;
pub mod html;
pub mod markup;
