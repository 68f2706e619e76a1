//! The bundled dataset: typed statics, every datum tied to a source record. No logic here.
//!
//! Everything comes from the fact sheet `shared/facts.md` (fact check of Xinhua, "Asia-Pacific and
//! AI", Hong Kong, 28 Dec 2025) and follows its "honest chart notes" (§5). Deliberately absent:
//! the article's "one-third of the world's population" (sources say 37–60 %), AMD's "$6 billion"
//! (no source was found), the Guangxi workshop and "officials" (not confirmed), WAICO as "established"
//! (only proposed), Japan/Korea patent slices (not in the source), any yearly or per-country
//! split of UNDP's projection (none is published), and every date, place or number that no
//! record listed here states (the day and place of Xi's APEC 2026 announcement, the month of
//! Qwen-SEA-LION-v4's release): [`STATED`] says what each record states, and `tests/dataset.rs`
//! holds every date, place and number to the records its datum cites.

use serde::Serialize;

/// The whole dataset, as `dataset()` returns it to JS (camelCase keys).
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Dataset {
    /// The date the data describes the world as of: the article's date.
    pub as_of: &'static str,
    article: Article,
    /// Every record a datum cites, each once: the fact sheet's sources for the three charts.
    pub sources: &'static [Source],
    /// Chart 1, from facts.md §1.1–1.2 (AI Index 2025, Fig. 1.2.3).
    pub patent_share: PatentShare,
    /// Chart 2, from facts.md §2.1–2.3 (UNDP's press release and report of 2 Dec 2025).
    pub projected_gains: ProjectedGains,
    /// Chart 3: events chosen from the timeline of facts.md §3, in date order ([`TIMELINE`]).
    pub timeline: &'static [TimelineEvent],
}

/// The article the charts accompany.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    title: &'static str,
    publisher: &'static str,
    dateline: &'static str,
    published: &'static str,
}

/// Where a datum was read. `published` is ISO (`YYYY-MM-DD` or `YYYY-MM`), `None` when the page
/// carries no date.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Source {
    /// The key datums cite it by (`source_id`, `note_source_id`) and [`STATED`] lists it under.
    pub id: &'static str,
    /// The document's title as published, or our own description of it in \[brackets\] where the
    /// fact sheet records no title (readers see the brackets, and are told what they mean).
    pub title: &'static str,
    /// Who published the document (a republisher, if any, is in `read_via`).
    pub publisher: &'static str,
    /// The address the fact sheet gives for it, which readers follow from the charts: usually
    /// where the text was read (see `read_via`).
    pub url: &'static str,
    /// When it was published, ISO at the precision the page gives (readers see "undated" for `None`).
    pub published: Option<&'static str>,
    /// How the text was read, when not at its original address: what follows "read via".
    pub read_via: Option<&'static str>,
}

/// Chart 1: share of AI patents granted in one year, by granting office.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PatentShare {
    /// The one year whose grants are counted: the source's latest with data.
    pub year: u16,
    /// What is counted, in the words of the chart's subtitle: grants, by granting office
    /// (facts.md §5.1).
    pub measure: &'static str,
    /// The unit of each slice's `percent`, in words (the chart itself prints "%").
    pub unit: &'static str,
    /// The id of the [`Source`] every slice comes from: Stanford HAI's AI Index 2025.
    pub source_id: &'static str,
    /// Where in the source: chapter, figure, page.
    pub locator: &'static str,
    /// The source's own warning.
    pub caveat: &'static str,
    /// What the measure is not (for the chart's notes).
    pub notes: &'static [&'static str],
    /// The areas the source chart shows, largest first and the remainder last (facts.md §1.2):
    /// no others (Japan and South Korea are inside the remainder).
    pub slices: &'static [ShareSlice],
}

/// One area's share of the year's granted AI patents.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ShareSlice {
    /// The area, as the source chart names it (in English; translated where drawn).
    pub label: &'static str,
    /// Percent of the world's granted AI patents, as printed on the source chart.
    pub percent: f64,
    /// True for a remainder group ("Rest of world"), drawn last whatever its size.
    pub is_remainder: bool,
}

/// Chart 2: UNDP's headline projection. A single value: no yearly or per-country split exists.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProjectedGains {
    /// The record every figure is quoted from: UNDP's press release, in a verbatim copy.
    pub source_id: &'static str,
    /// The report the press release announces (not itself read).
    pub report_source_id: &'static str,
    /// The figure the chart leads with: ASEAN's additional GDP over the next decade (facts.md
    /// §2.2: UNDP's scope, not the article's "across Asia").
    pub headline: Projection,
    /// Other figures from the same release: different scopes and units, never on one axis.
    pub related: &'static [Projection],
    /// Always `None`: no breakdown over years or countries is published.
    pub breakdown: Option<&'static [f64]>,
    /// What the projection is not, and where the article differs (facts.md §5.4): for the
    /// dataset's readers; the chart prints its own notes to the same effect.
    pub caveats: &'static [&'static str],
}

/// One figure of UNDP's release, with the scope, unit and hedge it was stated with.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Projection {
    /// What the figure measures, in a few words.
    pub label: &'static str,
    /// Whose economies it is about, as the release says.
    pub scope: &'static str,
    /// The number the release states, in `unit` (`1.0e12` for "$1 trillion").
    pub value: f64,
    /// The unit of `value`, in words.
    pub unit: &'static str,
    /// The source's hedge: "nearly", "around", "up to".
    pub qualifier: &'static str,
    /// The period in the release's words; `None` where it gives none. No figure has a start or
    /// end year: none is published.
    pub period: Option<&'static str>,
    /// The value as the chart prints it.
    pub display: &'static str,
    /// The release's sentence that states the figure, verbatim.
    pub quote: &'static str,
}

/// How precisely a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Precision {
    /// A record states the day.
    Day,
    /// The records state the month, not the day.
    Month,
    /// The records state only the year.
    Year,
}

/// Where an event stood on the dataset's `asOf` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// It happened; a source states it.
    Confirmed,
    /// Put forward, not (yet) in place.
    Proposed,
    /// Set for a future date.
    Scheduled,
    /// A date in force by statute, with a change to it proposed.
    StatutoryChangesProposed,
}

impl Status {
    pub(crate) fn label(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::Proposed => "proposed",
            Self::Scheduled => "scheduled",
            Self::StatutoryChangesProposed => "statutory date, changes proposed",
        }
    }
}

/// What a source gives a datum that cites two: shown with each citation ("Event and date: …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Gives {
    /// That the event happened, and what it was.
    Event,
    /// The date, at the precision drawn.
    Date,
    /// Where it took place.
    Place,
    /// The facts the note adds.
    Note,
}

impl Gives {
    /// The English word (a key of the translation table).
    pub fn word(self) -> &'static str {
        match self {
            Self::Event => "event",
            Self::Date => "date",
            Self::Place => "place",
            Self::Note => "note",
        }
    }
}

/// Chart 3: one event on the timeline.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEvent {
    /// Stable key of the event, unique in the timeline.
    pub id: &'static str,
    /// ISO date at `precision`: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: &'static str,
    /// Last day of a multi-day event, if any.
    pub end_date: Option<&'static str>,
    /// How precisely the records state the date: a day only where one states it (facts.md §5.5).
    pub precision: Precision,
    /// The date as a reader sees it (English; other languages format `date` themselves).
    pub date_label: &'static str,
    /// "late" in the month: the sources put a month-precision date in its last third.
    pub late_in_month: bool,
    /// What happened, in one neutral line (facts.md §3, "Event").
    pub label: &'static str,
    /// For narrow charts.
    pub short_label: &'static str,
    /// Where it happened, as the records state it: a city, or a country or region where they
    /// name none.
    pub place: &'static str,
    /// Where it stood on the article's date (facts.md §5.6: WAICO proposed, not established).
    pub status: Status,
    /// The record that states the event, and, without a second source, all that is shown of it.
    pub source_id: &'static str,
    /// What a reader should also know (the fact sheet's notes and flags on the event): in the
    /// event's details (`hitTest()`, `point()`) and the data table.
    pub note: Option<&'static str>,
    /// A second source, for what the event's own source does not state: the day, the place, or a
    /// fact the note adds.
    pub note_source_id: Option<&'static str>,
    /// With a second source, what each of the two gives (empty with one source).
    pub source_gives: &'static [Gives],
    /// With a second source, what it gives (empty with one source).
    pub note_source_gives: &'static [Gives],
}

/// The article's date, drawn as a marker on the timeline.
pub const AS_OF: &str = "2025-12-28";

/// The bundled dataset.
pub static DATASET: Dataset = Dataset {
    as_of: AS_OF,
    article: Article {
        title: "Asia-Pacific and AI",
        publisher: "Xinhua",
        dateline: "Hong Kong",
        published: "2025-12-28",
    },
    sources: SOURCES,
    patent_share: PATENT_SHARE,
    projected_gains: PROJECTED_GAINS,
    timeline: TIMELINE,
};

pub(crate) static SOURCES: &[Source] = &[
    Source {
        id: "ai-index-2025",
        title: "Artificial Intelligence Index Report 2025",
        publisher: "Stanford Institute for Human-Centered AI (HAI)",
        url: "https://hai-production.s3.amazonaws.com/files/hai_ai_index_report_2025.pdf",
        published: Some("2025-04"),
        read_via: Some("a text copy of the report"),
    },
    Source {
        id: "undp-release",
        title: "[Press release: AI may widen global development gaps]",
        publisher: "UNDP",
        url: "https://www.miragenews.com/ai-may-widen-global-development-gaps-undp-warns-1581748",
        published: Some("2025-12-02"),
        read_via: Some("Mirage News's verbatim copy"),
    },
    Source {
        id: "undp-report",
        title: "The Next Great Divergence: Why AI May Widen Inequality Between Countries",
        publisher: "UNDP Regional Bureau for Asia and the Pacific",
        url: "https://www.undp.org/asia-pacific/next-great-divergence",
        published: Some("2025-12-02"),
        read_via: Some("its web page only; the report's PDF was not checked"),
    },
    Source {
        id: "outpost-undp-launch",
        title: "[Report, citing AP, on the launch of UNDP's report in Bangkok]",
        publisher: "The Outpost (theoutpost.ai)",
        url: "https://theoutpost.ai/news-story/un-report-warns-ai-could-deepen-global-inequality-without-inclusive-development-22078",
        published: None,
        read_via: None,
    },
    Source {
        id: "pandaily-waico",
        title: "[Report: China proposes a World AI Cooperation Organization at WAIC 2025]",
        publisher: "Pandaily",
        url: "https://pandaily.com/china-proposes-world-ai-cooperation-organization-at-waic-2025",
        published: Some("2025-07-26"),
        read_via: None,
    },
    Source {
        id: "bcg-apac-expresscomputer",
        title: "[Report on BCG's 'AI at Work: Is Asia Pacific Leading the Way?' survey]",
        publisher: "Express Computer",
        url: "https://www.expresscomputer.in/news/with-92-ai-adoption-india-surges-ahead-bcg-study/129131/",
        published: Some("2025-11-03"),
        read_via: None,
    },
    Source {
        id: "apec-ai-initiative",
        title: "APEC Artificial Intelligence (AI) Initiative (2026–2030)",
        publisher: "Asia-Pacific Economic Cooperation (APEC)",
        url: "https://www.apec.org/meeting-papers/leaders-declarations/2025/2025-apec-leaders--gyeongju-declaration/apec-artificial-intelligence-(ai)-initiative-(2026-2030)",
        published: None,
        read_via: None,
    },
    Source {
        id: "asiae-apec-gyeongju",
        title: "[Report: APEC leaders agree the Gyeongju Declaration on the morning of 1 Nov]",
        publisher: "The Asia Business Daily (asiae.co.kr)",
        url: "https://cm.asiae.co.kr/en/article/2025110114474625385",
        published: None,
        read_via: None,
    },
    Source {
        id: "tass-xi-apec",
        title: "[Report of Xi Jinping's remarks at APEC on AI cooperation]",
        publisher: "TASS",
        url: "https://tass.com/economy/2038507",
        published: Some("2025-11-01"),
        read_via: None,
    },
    Source {
        id: "mfa-ma-zhaoxu-isom",
        title: "[Vice Foreign Minister Ma Zhaoxu's remarks at the APEC ISOM, Shenzhen]",
        publisher: "Ministry of Foreign Affairs of the People's Republic of China",
        url: "https://www.mfa.gov.cn/eng/wjb/zygy/hd/202512/t20251212_11771765.html",
        published: Some("2025-12-12"),
        read_via: None,
    },
    Source {
        id: "technode-sea-lion",
        title: "[Report: Singapore's national AI programme switches from Meta's model to Alibaba's Qwen]",
        publisher: "TechNode",
        url: "https://techno-news.org/singapores-national-ai-program-drops-meta-model-and-switches-to-alibabas-qwen-%C2%B7-technode",
        published: None,
        read_via: Some("techno-news.org"),
    },
    Source {
        id: "hf-sea-lion-v4",
        title: "[AI Singapore's collection of its SEA-LION v4 models]",
        publisher: "AI Singapore",
        url: "https://huggingface.co/collections/aisingapore/sea-lion-v4",
        published: None,
        read_via: None,
    },
    Source {
        id: "asianfin-h200",
        title: "[Report: US to allow Nvidia H200 exports to approved customers in China]",
        publisher: "AsianFin",
        url: "https://www.asianfin.com/articles/229738",
        published: None,
        read_via: None,
    },
    Source {
        id: "xinhua-isom",
        title: "[Report: APEC Symposium and Informal Senior Officials' Meeting begins in Shenzhen]",
        publisher: "Xinhua",
        url: "http://en.people.cn/n3/2025/1211/c90000-20401296.html",
        published: Some("2025-12-11"),
        read_via: Some("People's Daily Online"),
    },
    Source {
        id: "msit-ai-basic-act",
        title: "[Notice: the AI Basic Act takes effect in January 2026]",
        publisher: "Ministry of Science and ICT, Republic of Korea",
        url: "https://www.msit.go.kr/eng/bbs/view.do?sCode=eng&mId=4&mPid=2&pageIndex=&bbsSeqNo=42&nttSeqNo=1071&searchOpt=ALL&searchTxt=",
        published: None,
        read_via: None,
    },
    Source {
        id: "korea-net-ai-basic-act",
        title: "[Report, published after the article: the AI Basic Act took effect on 22 Jan]",
        publisher: "Korea.net",
        url: "https://www.korea.net/NewsFocus/policies/view?articleId=286183&koreanId=286160",
        published: None,
        read_via: None,
    },
    Source {
        id: "aipmo-eu-ai-act",
        title: "[EU AI Act timeline]",
        publisher: "aipmo.co",
        url: "https://aipmo.co/eu-ai-act-timeline",
        published: None,
        read_via: None,
    },
    Source {
        id: "onetrust-digital-omnibus",
        title: "[EU Digital Omnibus proposes delay of AI compliance deadlines]",
        publisher: "OneTrust",
        url: "https://www.onetrust.com/blog/eu-digital-omnibus-proposes-delay-of-ai-compliance-deadlines",
        published: None,
        read_via: None,
    },
];

/// What each record states that the dataset shows, by source id (`"article"`: the article itself),
/// written as the dataset writes it: ISO dates at the precision the record gives them, places, and
/// the phrases that carry a number or a date ("78%", "31 Oct–1 Nov 2025"). `tests/dataset.rs` holds
/// every date, place and number of the dataset to the records each datum cites. Apart from the
/// records because no chart reads it: the linker leaves it out of the wasm.
pub static STATED: &[(&str, &[&str])] = &[
    ("article", &["2025-12-28", "28 Dec 2025", "$6 billion"]),
    ("ai-index-2025", &["2023", "69.70", "14.16", "2.77", "0.37", "13.00", "Ch. 1, §1.2, Fig. 1.2.3, p. 44"]),
    ("undp-release", &["2025-12-02", "1 trillion", "2 percentage points", "5%"]),
    ("undp-report", &["2025-12-02", "UNDP's 2025 Asia-Pacific Human Development Report"]),
    ("outpost-undp-launch", &["Bangkok"]),
    ("pandaily-waico", &["2025-07-26", "Shanghai (WAIC 2025)", "WAIC 2025"]),
    ("bcg-apac-expresscomputer", &["2025-11", "Asia-Pacific", "78%", "72%", "4,500+", "July 2025", "3 Nov 2025"]),
    ("apec-ai-initiative", &["(2026–2030)"]),
    ("asiae-apec-gyeongju", &["2025-11-01", "Gyeongju, South Korea", "1 Nov", "31 Oct–1 Nov 2025"]),
    ("tass-xi-apec", &["2025-11-01", "Gyeongju, South Korea", "1 Nov 2025"]),
    ("mfa-ma-zhaoxu-isom", &["2026-11", "Shenzhen, China", "APEC 2026", "33rd", "12 Dec 2025"]),
    ("technode-sea-lion", &["Singapore", "Qwen-SEA-LION-v4", "Qwen3-32B"]),
    ("hf-sea-lion-v4", &["2025", "SEA-LION v4"]),
    ("asianfin-h200", &["2025-12-08", "United States", "H200", "25%"]),
    ("xinhua-isom", &["2025-12-11", "2025-12-12", "Shenzhen, China", "11–12 Dec 2025"]),
    ("msit-ai-basic-act", &["2026-01", "South Korea", "January 2026"]),
    ("korea-net-ai-basic-act", &["2026-01-22", "22 Jan"]),
    ("aipmo-eu-ai-act", &["2027-08-02", "European Union", "2027"]),
    ("onetrust-digital-omnibus", &["19 Nov 2025", "2 Aug 2028"]),
];

/// What the record `id` states ([`STATED`]); nothing for an unknown id.
pub fn stated(id: &str) -> &'static [&'static str] {
    STATED.iter().find(|(i, _)| *i == id).map_or(&[], |(_, stated)| stated)
}

pub(crate) const PATENT_SHARE: PatentShare = PatentShare {
    year: 2023,
    measure: "granted in 2023, by location of the granting office",
    unit: "% of the world's AI patents granted in 2023 (patent families)",
    source_id: "ai-index-2025",
    locator: "Ch. 1, §1.2, Fig. 1.2.3, p. 44; data: PATSTAT",
    caveat: "Patent standards and laws vary across countries and regions, so these charts should be interpreted with caution.",
    notes: &[
        "One year's grants, not all patents in force: a share of 2023 grants, not of all AI patents held.",
        "Counted by the office of first grant, not by the inventor's or owner's nationality.",
        "Japan and South Korea have no separate share in the source; both are inside \"Rest of world\".",
        "The five shares as published (two decimals) sum to 100.00%; rounded to one decimal, as the chart prints them, they sum to 100.1%.",
    ],
    slices: &[
        ShareSlice { label: "China", percent: 69.70, is_remainder: false },
        ShareSlice { label: "United States", percent: 14.16, is_remainder: false },
        ShareSlice { label: "Europe", percent: 2.77, is_remainder: false },
        ShareSlice { label: "India", percent: 0.37, is_remainder: false },
        ShareSlice { label: "Rest of world", percent: 13.00, is_remainder: true },
    ],
};

pub(crate) const PROJECTED_GAINS: ProjectedGains = ProjectedGains {
    source_id: "undp-release",
    report_source_id: "undp-report",
    headline: Projection {
        label: "Additional GDP",
        scope: "ASEAN economies",
        value: 1.0e12,
        unit: "US$",
        qualifier: "nearly",
        period: Some("over the next decade"),
        display: "nearly US$1 trillion",
        quote: "ASEAN economies alone could see nearly $1 trillion in additional GDP over the next decade.",
    },
    related: &[
        Projection {
            label: "Lift to annual GDP growth",
            scope: "Asia-Pacific region",
            value: 2.0,
            unit: "percentage points a year",
            qualifier: "around",
            period: None,
            display: "around +2 percentage points",
            quote: "AI could lift annual GDP growth in the region by around 2 percentage points",
        },
        Projection {
            label: "Productivity gain in sectors such as health and finance",
            scope: "Asia-Pacific region",
            value: 5.0,
            unit: "%",
            qualifier: "up to",
            period: None,
            display: "up to 5%",
            quote: "and raise productivity by up to 5% in sectors such as health and finance",
        },
    ],
    breakdown: None,
    caveats: &[
        "A conditional projection (\"could\"), not a forecast.",
        "No start year and no yearly or per-country breakdown is published, so none is drawn.",
        "The article says \"across Asia\"; UNDP's release says ASEAN economies.",
    ],
};

/// The timeline's events in date order, a year- or month-precision date counted from its start.
pub static TIMELINE: &[TimelineEvent] = &[
    // Only the year is stated by a record: a year-long span, first in date order.
    TimelineEvent {
        id: "qwen-sea-lion-v4",
        date: "2025",
        end_date: None,
        precision: Precision::Year,
        date_label: "2025",
        late_in_month: false,
        label: "AI Singapore releases Qwen-SEA-LION-v4, built on Alibaba's Qwen",
        short_label: "Qwen-SEA-LION-v4",
        place: "Singapore",
        status: Status::Confirmed,
        source_id: "technode-sea-lion",
        note_source_id: Some("hf-sea-lion-v4"),
        source_gives: &[Gives::Event, Gives::Place],
        note_source_gives: &[Gives::Date, Gives::Note],
        note: Some("Only the year is shown: no source listed here states the month or the day. Built on Qwen3-32B; one of several SEA-LION v4 models."),
    },
    TimelineEvent {
        id: "waico-proposed",
        date: "2025-07-26",
        end_date: None,
        precision: Precision::Day,
        date_label: "26 Jul 2025",
        late_in_month: false,
        label: "China proposes a World AI Cooperation Organization",
        short_label: "WAICO proposed",
        place: "Shanghai (WAIC 2025)",
        status: Status::Proposed,
        source_id: "pandaily-waico",
        note_source_id: Some("tass-xi-apec"),
        source_gives: &[Gives::Event, Gives::Date, Gives::Place],
        note_source_gives: &[Gives::Note],
        note: Some("Proposed, with headquarters tentatively in Shanghai; promoted by Xi at APEC on 1 Nov 2025. No source confirms it was established by 28 Dec 2025, although the article speaks of its \"establishment\"."),
    },
    TimelineEvent {
        id: "apec-ai-initiative",
        date: "2025-11-01",
        end_date: None,
        precision: Precision::Day,
        date_label: "1 Nov 2025",
        late_in_month: false,
        label: "APEC leaders adopt the AI Initiative (2026–2030)",
        short_label: "APEC AI Initiative",
        place: "Gyeongju, South Korea",
        status: Status::Confirmed,
        source_id: "apec-ai-initiative",
        note_source_id: Some("asiae-apec-gyeongju"),
        source_gives: &[Gives::Event],
        note_source_gives: &[Gives::Date, Gives::Place, Gives::Note],
        note: Some("Adopted with the Gyeongju Declaration on 1 Nov, at the leaders' meeting of 31 Oct–1 Nov 2025 (The Asia Business Daily)."),
    },
    TimelineEvent {
        id: "xi-promotes-waico",
        date: "2025-11-01",
        end_date: None,
        precision: Precision::Day,
        date_label: "1 Nov 2025",
        late_in_month: false,
        label: "Xi promotes the WAICO proposal and AI-literacy cooperation at APEC",
        short_label: "Xi promotes WAICO plan",
        place: "Gyeongju, South Korea",
        status: Status::Confirmed,
        source_id: "tass-xi-apec",
        note_source_id: None,
        source_gives: &[],
        note_source_gives: &[],
        note: Some("The speech is confirmed; the organisation itself is still a proposal."),
    },
    TimelineEvent {
        id: "bcg-apac-report",
        date: "2025-11",
        end_date: None,
        precision: Precision::Month,
        date_label: "Nov 2025",
        late_in_month: false,
        label: "BCG: 78% of Asia-Pacific staff use AI regularly",
        short_label: "BCG AI-at-work survey",
        place: "Asia-Pacific",
        status: Status::Confirmed,
        source_id: "bcg-apac-expresscomputer",
        note_source_id: None,
        source_gives: &[],
        note_source_gives: &[],
        note: Some("Survey of 4,500+ employees in nine markets, July 2025; earliest coverage 3 Nov 2025, exact publication day not confirmed. Coverage compares it with 72% globally, a figure from a different survey, BCG's global one."),
    },
    TimelineEvent {
        id: "undp-report",
        date: "2025-12-02",
        end_date: None,
        precision: Precision::Day,
        date_label: "2 Dec 2025",
        late_in_month: false,
        label: "UNDP report: AI may widen gaps between countries",
        short_label: "UNDP AI report",
        place: "Bangkok",
        status: Status::Confirmed,
        source_id: "undp-report",
        note_source_id: Some("outpost-undp-launch"),
        source_gives: &[Gives::Event, Gives::Date, Gives::Note],
        note_source_gives: &[Gives::Place],
        note: Some("\"The Next Great Divergence\", UNDP's 2025 Asia-Pacific Human Development Report, launched in Bangkok."),
    },
    TimelineEvent {
        id: "us-chip-exports",
        date: "2025-12-08",
        end_date: None,
        precision: Precision::Day,
        date_label: "8 Dec 2025",
        late_in_month: false,
        label: "US to allow Nvidia H200 sales to approved buyers in China",
        short_label: "US eases AI-chip exports",
        place: "United States",
        status: Status::Confirmed,
        source_id: "asianfin-h200",
        note_source_id: None,
        source_gives: &[],
        note_source_gives: &[],
        note: Some("With a 25% payment to the US; the same approach for AMD and Intel. No source was found for the \"$6 billion\" AMD figure in the article's links, so it is not shown."),
    },
    TimelineEvent {
        id: "apec-isom-shenzhen",
        date: "2025-12-11",
        end_date: Some("2025-12-12"),
        precision: Precision::Day,
        date_label: "11–12 Dec 2025",
        late_in_month: false,
        label: "APEC \"China Year\" opens with officials' meeting",
        short_label: "APEC officials, Shenzhen",
        place: "Shenzhen, China",
        status: Status::Confirmed,
        source_id: "xinhua-isom",
        note_source_id: Some("mfa-ma-zhaoxu-isom"),
        source_gives: &[Gives::Event, Gives::Date, Gives::Place],
        note_source_gives: &[Gives::Place, Gives::Note],
        note: Some("APEC Symposium and Informal Senior Officials' Meeting; Vice Foreign Minister Ma Zhaoxu spoke at the opening."),
    },
    TimelineEvent {
        id: "korea-ai-basic-act",
        date: "2026-01-22",
        end_date: None,
        precision: Precision::Day,
        date_label: "22 Jan 2026",
        late_in_month: false,
        label: "South Korea's AI Basic Act takes effect",
        short_label: "Korea AI Basic Act",
        place: "South Korea",
        status: Status::Scheduled,
        source_id: "msit-ai-basic-act",
        note_source_id: Some("korea-net-ai-basic-act"),
        source_gives: &[Gives::Event, Gives::Place],
        note_source_gives: &[Gives::Date],
        note: Some("MSIT gives January 2026; Korea.net, after the article, gives the day, 22 Jan."),
    },
    TimelineEvent {
        id: "apec-2026-leaders",
        date: "2026-11",
        end_date: None,
        precision: Precision::Month,
        date_label: "Nov 2026",
        late_in_month: false,
        label: "APEC Economic Leaders' Meeting in Shenzhen",
        short_label: "APEC 2026, Shenzhen",
        place: "Shenzhen, China",
        status: Status::Scheduled,
        source_id: "mfa-ma-zhaoxu-isom",
        note_source_id: None,
        source_gives: &[],
        note_source_gives: &[],
        note: Some("The 33rd leaders' meeting. China's MFA text of 12 Dec 2025 says Xi announced it for \"November next year\", but not when or where he made the announcement; exact days were reported only after the article."),
    },
    TimelineEvent {
        id: "eu-ai-act-annex-i",
        date: "2027-08-02",
        end_date: None,
        precision: Precision::Day,
        date_label: "2 Aug 2027",
        late_in_month: false,
        label: "EU AI Act: rules for high-risk AI in regulated products apply",
        short_label: "EU AI Act 2027 date",
        place: "European Union",
        status: Status::StatutoryChangesProposed,
        source_id: "aipmo-eu-ai-act",
        note_source_id: Some("onetrust-digital-omnibus"),
        source_gives: &[Gives::Event, Gives::Date, Gives::Place],
        note_source_gives: &[Gives::Note],
        note: Some("Statutory date (Annex I). On 19 Nov 2025 the Commission proposed the Digital Omnibus, which could delay it to as late as 2 Aug 2028; a proposal, not law, on 28 Dec 2025."),
    },
];

/// Looks up a source record by id.
pub fn source(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}
