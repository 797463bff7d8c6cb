//! marsad-model: the records marsad produces and passes between its stages.
//!
//! Every other crate speaks these types: the extractor returns them, the store
//! keeps them, the server and the exporters show them. They carry no behaviour
//! beyond small helpers; the vocabularies (parties, outcomes, qualifiers, ACLED's
//! event taxonomy) are those of `shared/gold/README.md` and the extract issue.

mod date;

pub use date::{days_in_month, Date, Weekday};
use serde::{Deserialize, Serialize};

/// A byte range `[start, end)` into a document's text as read (UTF-8), serialised
/// as a two-element array so that `text[start..end]` is the evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span(pub usize, pub usize);

impl Span {
    pub fn cover(self, other: Span) -> Span {
        Span(self.0.min(other.0), self.1.max(other.1))
    }
    pub fn len(self) -> usize {
        self.1.saturating_sub(self.0)
    }
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }
    pub fn contains(self, pos: usize) -> bool {
        self.0 <= pos && pos < self.1
    }
}

macro_rules! vocabulary {
    ($(#[$m:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// Who a figure counts or who acted. `mixed` pools several parties.
    Party {
        Isis = "isis", Sdf = "sdf", Coalition = "coalition", Regime = "regime",
        Civilians = "civilians", Detainees = "detainees", Mixed = "mixed",
        Russia = "russia", Turkey = "turkey", TurkishBackedFactions = "turkish_backed_factions",
        Opposition = "opposition", Hts = "hts", IranBacked = "iran_backed", Israel = "israel",
        Tribal = "tribal", Unknown = "unknown", Other = "other",
    }
}

impl Party {
    /// Parties that fight: not civilians, detainees or a pooled figure.
    pub fn is_armed(self) -> bool {
        !matches!(self, Party::Civilians | Party::Detainees | Party::Mixed)
    }
    /// Parties ACLED codes as state forces (used for "government regains territory").
    pub fn is_state(self) -> bool {
        matches!(
            self,
            Party::Regime | Party::Russia | Party::Turkey | Party::Israel
        )
    }
}

vocabulary! {
    /// What happened to the people a figure counts.
    Outcome {
        Killed = "killed", Injured = "injured", Captured = "captured", Executed = "executed",
        Abducted = "abducted", Arrested = "arrested", Displaced = "displaced",
    }
}

vocabulary! {
    /// What the text says about a figure's precision.
    Qualifier {
        Exact = "exact", AtLeast = "at_least", About = "about", MoreThan = "more_than",
        Nearly = "nearly", UpTo = "up_to", Tens = "tens", Dozens = "dozens",
        Several = "several", Hundreds = "hundreds", Thousands = "thousands", Unknown = "unknown",
    }
}

vocabulary! {
    /// ACLED's event types.
    EventType {
        Battles = "battles", ExplosionsRemoteViolence = "explosions_remote_violence",
        ViolenceAgainstCivilians = "violence_against_civilians",
        StrategicDevelopments = "strategic_developments", Protests = "protests", Riots = "riots",
    }
}

vocabulary! {
    /// ACLED's sub-event types, snake_case.
    SubEventType {
        ArmedClash = "armed_clash", GovernmentRegainsTerritory = "government_regains_territory",
        NonStateActorOvertakesTerritory = "non_state_actor_overtakes_territory",
        AirDroneStrike = "air_drone_strike",
        ShellingArtilleryMissileAttack = "shelling_artillery_missile_attack",
        RemoteExplosiveLandmineIed = "remote_explosive_landmine_ied", SuicideBomb = "suicide_bomb",
        Grenade = "grenade", Attack = "attack", AbductionForcedDisappearance = "abduction_forced_disappearance",
        SexualViolence = "sexual_violence", Arrests = "arrests", Agreement = "agreement",
        HeadquartersOrBaseEstablished = "headquarters_or_base_established",
        LootingPropertyDestruction = "looting_property_destruction",
        NonViolentTransferOfTerritory = "non_violent_transfer_of_territory",
        PeacefulProtest = "peaceful_protest",
        ProtestWithIntervention = "protest_with_intervention",
        ExcessiveForceAgainstProtesters = "excessive_force_against_protesters",
        ViolentDemonstration = "violent_demonstration",
        MobViolence = "mob_violence", Other = "other",
    }
}

impl EventType {
    /// The name ACLED's own files give the type ("Explosions/Remote violence").
    pub fn acled_name(self) -> &'static str {
        use EventType::*;
        match self {
            Battles => "Battles",
            ExplosionsRemoteViolence => "Explosions/Remote violence",
            ViolenceAgainstCivilians => "Violence against civilians",
            StrategicDevelopments => "Strategic developments",
            Protests => "Protests",
            Riots => "Riots",
        }
    }
}

impl SubEventType {
    /// The name ACLED's own files give the sub-event type ("Non-state actor overtakes
    /// territory"): not derivable from the snake_case one, which drops hyphens and slashes.
    pub fn acled_name(self) -> &'static str {
        use SubEventType::*;
        match self {
            ArmedClash => "Armed clash",
            GovernmentRegainsTerritory => "Government regains territory",
            NonStateActorOvertakesTerritory => "Non-state actor overtakes territory",
            AirDroneStrike => "Air/drone strike",
            ShellingArtilleryMissileAttack => "Shelling/artillery/missile attack",
            RemoteExplosiveLandmineIed => "Remote explosive/landmine/IED",
            SuicideBomb => "Suicide bomb",
            Grenade => "Grenade",
            Attack => "Attack",
            AbductionForcedDisappearance => "Abduction/forced disappearance",
            SexualViolence => "Sexual violence",
            Arrests => "Arrests",
            Agreement => "Agreement",
            HeadquartersOrBaseEstablished => "Headquarters or base established",
            LootingPropertyDestruction => "Looting/property destruction",
            NonViolentTransferOfTerritory => "Non-violent transfer of territory",
            PeacefulProtest => "Peaceful protest",
            ProtestWithIntervention => "Protest with intervention",
            ExcessiveForceAgainstProtesters => "Excessive force against protesters",
            ViolentDemonstration => "Violent demonstration",
            MobViolence => "Mob violence",
            Other => "Other",
        }
    }
    /// The event type a sub-event type belongs to, by ACLED's taxonomy.
    pub fn event_type(self) -> EventType {
        use SubEventType::*;
        match self {
            ArmedClash | GovernmentRegainsTerritory | NonStateActorOvertakesTerritory => {
                EventType::Battles
            }
            AirDroneStrike
            | ShellingArtilleryMissileAttack
            | RemoteExplosiveLandmineIed
            | SuicideBomb
            | Grenade => EventType::ExplosionsRemoteViolence,
            Attack | AbductionForcedDisappearance | SexualViolence => {
                EventType::ViolenceAgainstCivilians
            }
            Arrests
            | Agreement
            | HeadquartersOrBaseEstablished
            | LootingPropertyDestruction
            | NonViolentTransferOfTerritory
            | Other => EventType::StrategicDevelopments,
            PeacefulProtest | ProtestWithIntervention | ExcessiveForceAgainstProtesters => {
                EventType::Protests
            }
            ViolentDemonstration | MobViolence => EventType::Riots,
        }
    }
}

/// A number as a coder would record it: a range and a best value, plus what the
/// text said about it. `best` is `None` where the text gives no single number
/// ("several", "members ... were injured").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub low: Option<u32>,
    pub best: Option<u32>,
    pub high: Option<u32>,
    pub qualifier: Qualifier,
}

impl Count {
    pub fn exact(n: u32) -> Count {
        Count {
            low: Some(n),
            best: Some(n),
            high: Some(n),
            qualifier: Qualifier::Exact,
        }
    }
    pub fn unknown() -> Count {
        Count {
            low: None,
            best: None,
            high: None,
            qualifier: Qualifier::Unknown,
        }
    }
    /// The conservative figure ACLED codes: the lowest reported number.
    pub fn conservative(&self) -> u32 {
        self.low.or(self.best).unwrap_or(0)
    }
}

/// One part of a breakdown ("including 4 women").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Part {
    pub subgroup: String,
    pub count: Count,
    pub span: Span,
}

/// A number of people with an outcome, inside one event.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasualtyFigure {
    pub outcome: Outcome,
    pub party: Party,
    pub subgroup: Option<String>,
    pub count: Count,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    pub span: Span,
}

/// A running total ("it rose to 1213 the number of ..."), never an incident.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    pub outcome: Outcome,
    pub party: Party,
    pub subgroup: Option<String>,
    pub count: Count,
    pub since: Option<Date>,
    pub until: Option<Date>,
    pub regions: Vec<String>,
    pub perpetrator: Option<Party>,
    pub parts: Vec<Part>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// Something the report tells as new.
    Incident,
    /// An older event retold; its deaths never count as new.
    ReportOfEarlier,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub precision: DatePrecision,
}

impl EventDate {
    pub fn unknown() -> EventDate {
        EventDate {
            start: None,
            end: None,
            precision: DatePrecision::Unknown,
        }
    }
    pub fn day(d: Date) -> EventDate {
        EventDate {
            start: Some(d),
            end: Some(d),
            precision: DatePrecision::Day,
        }
    }
}

/// Where an event happened, on ACLED's precision scale: 1 the named place itself,
/// 2 near it or part of a region, 3 a region (governorate, countryside, desert).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    pub pcode: Option<String>,
    pub admin1: Option<String>,
    pub admin1_pcode: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: u8,
    /// Whether the point is approximate (a landmark's rough position, a centroid).
    #[serde(default)]
    pub approximate: bool,
    pub span: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Actor1,
    Actor2,
    Associated,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Certainty {
    Stated,
    Suspected,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub party: Party,
    /// The words that named the actor.
    pub name: String,
    pub role: Role,
    pub certainty: Certainty,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable id derived from the event's content, not its position.
    pub id: String,
    pub kind: EventKind,
    pub event_type: EventType,
    pub sub_event_type: SubEventType,
    pub date: EventDate,
    pub location: Option<Location>,
    pub actors: Vec<Actor>,
    pub casualties: Vec<CasualtyFigure>,
    /// The conservative total of deaths in this event, by ACLED's rules.
    pub fatalities: u32,
    pub spans: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateBasis {
    Given,
    Inferred,
    Unknown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub date: Option<Date>,
    pub basis: DateBasis,
    /// Where the text fixes no exact date: the latest date it names, a lower bound.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<Date>,
}

/// Something odd the extractor noticed; extraction never fails on text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub code: String,
    pub message: String,
    pub span: Option<Span>,
}

/// Everything extracted from one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub id: String,
    pub title: Option<String>,
    pub published: Published,
    pub events: Vec<Event>,
    pub tallies: Vec<Tally>,
    pub warnings: Vec<Warning>,
}

/// Great-circle distance in kilometres between two (lat, lon) points.
/// Whether two points lie less than `km` apart. The distance along the meridian
/// (the latitudes' difference) is a lower bound on the great-circle distance, so
/// points that far apart north to south need no trigonometry.
pub fn closer_than_km(a: (f64, f64), b: (f64, f64), km: f64) -> bool {
    // A metre of margin keeps rounding from deciding the bound's side.
    if (a.0 - b.0).abs().to_radians() * 6371.0 > km + 0.001 {
        return false;
    }
    distance_km(a, b) < km
}

pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// A report as marsad reads it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    pub text: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published: Option<Date>,
    #[serde(default)]
    pub source: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // The latitude shortcut never decides differently from the full distance.
        #[test]
        fn closer_than_agrees_with_the_distance(
            a in (32.0f64..37.5, 35.5f64..42.5),
            b in (32.0f64..37.5, 35.5f64..42.5),
            km in 0.0f64..120.0,
        ) {
            proptest::prop_assert_eq!(closer_than_km(a, b, km), distance_km(a, b) < km);
        }
    }

    #[test]
    fn closer_than_on_known_distances() {
        // Damascus to Homs is about 140 km; two villages 0.1° apart north to south about 11 km.
        let (damascus, homs) = ((33.513, 36.292), (34.731, 36.709));
        assert!(!closer_than_km(damascus, homs, 100.0));
        assert!(closer_than_km(damascus, homs, 150.0));
        assert!(closer_than_km((35.0, 38.0), (35.1, 38.0), 11.2));
        assert!(!closer_than_km((35.0, 38.0), (35.1, 38.0), 11.1));
    }
}
