//! Languages: English (the source), Simplified Chinese, and Urdu for the timeline (right to left,
//! translations awaiting review). Every string the charts draw or announce goes through [`tr`],
//! keyed by its English text; dates and months are formatted per language here. Pure.

/// A language the charts are drawn in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    ZhHans,
    /// Urdu: the timeline's texts are translated (marked for review); other charts fall back to English.
    Ur,
}

impl Lang {
    /// Parses a BCP 47 tag: `zh`, `zh-Hans`, `zh-CN`, `zh-SG` → Simplified Chinese; `ur…` → Urdu;
    /// anything else → English (the documented fallback).
    pub fn from_tag(tag: &str) -> Lang {
        let t = tag.trim().to_ascii_lowercase();
        let primary = t.split(['-', '_']).next().unwrap_or("");
        match primary {
            "zh" if !(t.contains("hant") || t.contains("-tw") || t.contains("-hk") || t.contains("-mo")) => Lang::ZhHans,
            "ur" => Lang::Ur,
            _ => Lang::En,
        }
    }

    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::Ur => "ur",
        }
    }

    /// The language's natural writing direction.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ur
    }

    /// Translations not yet checked by a native speaker.
    pub fn needs_review(self) -> bool {
        self == Lang::Ur
    }
}

/// True when `text` has Arabic-script or Hebrew letters: it must be shaped and ordered right to left.
pub fn is_rtl_text(text: &str) -> bool {
    text.chars().any(|c| matches!(c as u32, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF))
}

/// Language and direction a chart is laid out in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Locale {
    pub lang: Lang,
    /// Right to left: the whole chart is mirrored (title, legend and footer aligned right, bars
    /// growing leftwards, the timeline's axis on the right).
    pub rtl: bool,
}

impl Locale {
    pub fn new(lang: Lang) -> Self {
        Self { lang, rtl: lang.is_rtl() }
    }
}

/// Two sentences joined as the language writes them (Chinese puts no space after "。").
pub fn sentences(lang: Lang, first: &str, second: &str) -> String {
    let space = if lang == Lang::ZhHans { "" } else { " " };
    format!("{first}{space}{second}")
}

/// "As of 28 Dec 2025." in `lang`.
pub fn as_of(lang: Lang) -> String {
    tr(lang, "As of {date}.").replace("{date}", &date(lang, crate::data::AS_OF, None, false))
}

/// Punctuation between parts of generated sentences: Chinese uses full-width forms.
#[derive(Debug, Clone, Copy)]
pub struct Punct {
    /// "label: value"
    pub colon: &'static str,
    /// "a, b"
    pub comma: &'static str,
    /// "a; b"
    pub semicolon: &'static str,
    /// "Sentence. Next"
    pub stop: &'static str,
    /// "(…)"
    pub open: &'static str,
    pub close: &'static str,
}

pub fn punct(lang: Lang) -> Punct {
    match lang {
        Lang::ZhHans => Punct { colon: "：", comma: "，", semicolon: "；", stop: "。", open: "（", close: "）" },
        Lang::Ur => Punct { colon: ": ", comma: "، ", semicolon: "؛ ", stop: "۔ ", open: " (", close: ")" },
        Lang::En => Punct { colon: ": ", comma: ", ", semicolon: "; ", stop: ". ", open: " (", close: ")" },
    }
}

/// The string in `lang`, or the English one where no translation exists.
pub fn tr(lang: Lang, en: &str) -> &str {
    if lang == Lang::En {
        return en;
    }
    TABLE
        .iter()
        .find(|(e, ..)| *e == en)
        .map(|(_, zh, ur)| match lang {
            Lang::ZhHans => *zh,
            Lang::Ur if !ur.is_empty() => *ur,
            _ => en,
        })
        .filter(|t| !t.is_empty())
        .unwrap_or(en)
}

/// True when `en` has a translation for `lang` (tests use it to find gaps).
pub fn has(lang: Lang, en: &str) -> bool {
    lang == Lang::En || TABLE.iter().any(|(e, zh, ur)| *e == en && !match lang { Lang::ZhHans => *zh, _ => *ur }.is_empty())
}

const MONTHS_EN: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTHS_UR: [&str; 12] =
    ["جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر", "اکتوبر", "نومبر", "دسمبر"];

/// A date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally a day range ending `end_day` in the same
/// month, optionally "late" in the month) as readers of `lang` write it:
/// "28 Dec 2025" / "2025年12月28日" / "28 دسمبر 2025", "late Nov 2025" / "2025年11月下旬".
pub fn date(lang: Lang, iso: &str, end_day: Option<u32>, late: bool) -> String {
    let parts: Vec<&str> = iso.split('-').collect();
    let year = parts.first().copied().unwrap_or(iso);
    let month = parts.get(1).and_then(|m| m.parse::<usize>().ok()).filter(|m| (1..=12).contains(m));
    let day = parts.get(2).and_then(|d| d.parse::<u32>().ok());
    let (Some(m), true) = (month, year.len() == 4) else { return iso.to_owned() };
    let days = match (day, end_day) {
        (Some(d), Some(e)) => Some(format!("{d}–{e}")),
        (Some(d), None) => Some(d.to_string()),
        _ => None,
    };
    let idx = m - 1;
    match lang {
        Lang::En => {
            let mon = MONTHS_EN.get(idx).copied().unwrap_or("");
            match (days, late) {
                (Some(d), _) => format!("{} {mon} {year}", d.replace('–', "-")),
                (None, true) => format!("late {mon} {year}"),
                (None, false) => format!("{mon} {year}"),
            }
        }
        Lang::ZhHans => match (days, late) {
            (Some(d), _) => format!("{year}年{m}月{d}日"),
            (None, true) => format!("{year}年{m}月下旬"),
            (None, false) => format!("{year}年{m}月"),
        },
        Lang::Ur => {
            let mon = MONTHS_UR.get(idx).copied().unwrap_or("");
            match (days, late) {
                (Some(d), _) => format!("{d} {mon} {year}"),
                (None, true) => format!("{mon} {year} کے آخر میں"),
                (None, false) => format!("{mon} {year}"),
            }
        }
    }
}

/// (English, Simplified Chinese, Urdu). An empty cell falls back to English.
#[rustfmt::skip]
static TABLE: &[(&str, &str, &str)] = &[
    // ---- patent-share
    ("China's patent office granted nearly 70% of AI patents in 2023", "2023年全球近70%的AI专利由中国国家知识产权局授予", ""),
    ("Share of AI patents granted in 2023, by granting patent office (%)", "2023年授权的AI专利份额，按授权专利局划分（%）", ""),
    ("Counts one year's grants by the office of first grant, not all patents held or inventors' nationality; Japan and South Korea are inside \"Rest of world\". The source warns: patent standards differ between countries.",
     "仅统计一年内的授权量，按首次授权的专利局计算，并非持有的全部专利，也不代表发明人国籍；日本和韩国计入“世界其他地区”。来源提示：各国专利标准不同。", ""),
    ("Source: Stanford HAI, Artificial Intelligence Index Report 2025 (Ch. 1, §1.2, Fig. 1.2.3, p. 44; data: PATSTAT).",
     "来源：斯坦福大学以人为本人工智能研究院（HAI），《人工智能指数报告2025》（第1章第1.2节，图1.2.3，第44页；数据：PATSTAT）。", ""),
    ("China", "中国", ""),
    ("United States", "美国", "امریکہ"),
    ("Europe", "欧洲", ""),
    ("India", "印度", ""),
    ("Rest of world", "世界其他地区", ""),
    ("Share of AI patents granted in 2023", "2023年授权AI专利份额", ""),
    // ---- projected-gains
    ("AI could add nearly US$1 trillion to ASEAN economies", "AI或为东盟经济体新增近1万亿美元GDP", ""),
    ("UNDP projection for ASEAN economies over the next decade: what AI \"could\" bring, not a forecast",
     "联合国开发计划署对东盟经济体未来十年的测算：AI“可能”带来的收益，并非预测", ""),
    ("nearly US$1 trillion", "近1万亿美元", ""),
    ("in additional GDP that ASEAN economies could see over the next decade", "东盟经济体未来十年可能新增的GDP", ""),
    ("the next decade, as one total: start year, yearly path and country split not published",
     "未来十年的总额：未公布起始年份、逐年路径和国别拆分", ""),
    ("around +2 percentage points", "约+2个百分点", ""),
    ("Lift to annual GDP growth, Asia-Pacific region", "年度GDP增速提升，亚太地区", ""),
    ("up to 5%", "最高5%", ""),
    ("Productivity gain in sectors such as health and finance, Asia-Pacific region", "医疗、金融等行业的生产率提升，亚太地区", ""),
    ("Additional GDP, ASEAN economies, over the next decade", "东盟经济体未来十年新增GDP", ""),
    ("The article says \"across Asia\"; UNDP's release says ASEAN economies. UNDP publishes no start year and no yearly or per-country breakdown, so none is drawn.",
     "原文称“整个亚洲”，而开发计划署新闻稿指的是东盟经济体。开发计划署未公布起始年份，也未按年份或国家拆分，因此图中不作拆分。", ""),
    ("Source: UNDP press release of {date} on its report \"The Next Great Divergence\" (read via Mirage News).",
     "来源：联合国开发计划署{date}关于其报告“The Next Great Divergence”（《下一次大分流》）的新闻稿（经Mirage News转载）。", ""),
    // ---- initiative-timeline
    ("AI initiatives and deadlines, 2025–2027", "AI倡议与关键节点（2025–2027年）", "مصنوعی ذہانت کے اقدامات اور اہم تاریخیں، 2025–2027"),
    ("Events the article covers, with dates as precise as the sources allow", "文中提及的事件，日期精确度以来源为准", "مضمون میں مذکور واقعات، تاریخیں اتنی ہی درست جتنی ذرائع اجازت دیتے ہیں"),
    ("WAICO is a proposal: no source confirms it was established. The EU date is statutory; a delay was proposed on 19 Nov 2025.",
     "世界人工智能合作组织（WAICO）仍是倡议：尚无来源证实其已成立。欧盟日期为法定日期；2025年11月19日已有推迟提议。",
     "WAICO ایک تجویز ہے: کسی ذریعے سے اس کے قیام کی تصدیق نہیں ہوتی۔ یورپی یونین کی تاریخ قانونی ہے؛ 19 نومبر 2025 کو اس میں تاخیر کی تجویز دی گئی۔"),
    ("Sources: one per event, listed with the data (APEC, UNDP, China's MFA, Xinhua, TASS, Korea's MSIT, Pandaily, AsianFin and others).",
     "来源：每个事件各一，随数据列出（亚太经合组织、联合国开发计划署、中国外交部、新华社、塔斯社、韩国科学技术信息通信部、Pandaily、AsianFin等）。",
     "ذرائع: ہر واقعے کا ایک ذریعہ، ڈیٹا کے ساتھ درج (APEC، UNDP، چین کی وزارتِ خارجہ، شنہوا، TASS، کوریا کی MSIT اور دیگر)۔"),
    ("Urdu translation awaiting review.", "", "اردو ترجمہ نظرِ ثانی کا منتظر ہے۔"),
    ("confirmed", "已证实", "تصدیق شدہ"),
    ("proposed", "已提议", "تجویز کردہ"),
    ("scheduled", "预定", "طے شدہ"),
    ("statutory date, changes proposed", "法定日期，已提议修改", "قانونی تاریخ، تبدیلیاں تجویز کردہ"),
    ("month known, not day", "仅知月份", "صرف مہینہ معلوم"),
    ("article date", "文章日期", "مضمون کی تاریخ"),
    ("Article", "文章", "مضمون"),
    ("China proposes a World AI Cooperation Organization", "中国提议成立世界人工智能合作组织", "چین کی جانب سے عالمی AI تعاون تنظیم کی تجویز"),
    ("WAICO proposed", "提议成立WAICO", "WAICO کی تجویز"),
    ("Shanghai (WAIC 2025)", "上海（2025世界人工智能大会）", "شنگھائی (WAIC 2025)"),
    ("APEC leaders adopt the AI Initiative (2026-2030)", "APEC领导人通过人工智能倡议（2026–2030）", "APEC رہنماؤں نے AI اقدام (2026–2030) منظور کیا"),
    ("APEC AI Initiative", "APEC人工智能倡议", "APEC AI اقدام"),
    ("Gyeongju, South Korea", "韩国庆州", "گیونگجو، جنوبی کوریا"),
    ("Xi promotes the WAICO proposal and AI-literacy cooperation at APEC", "习近平在APEC推介WAICO倡议及AI素养合作", "شی جن پنگ نے APEC میں WAICO کی تجویز اور AI خواندگی میں تعاون کو فروغ دیا"),
    ("Xi promotes WAICO plan", "习近平推介WAICO", "شی کی جانب سے WAICO کی حمایت"),
    ("Xi announces China will host APEC 2026 in Shenzhen", "习近平宣布中国将于2026年在深圳主办APEC", "شی کا اعلان: چین 2026 میں شینزین میں APEC کی میزبانی کرے گا"),
    ("APEC 2026 host named", "宣布APEC 2026主办地", "APEC 2026 کے میزبان کا اعلان"),
    ("BCG: 78% of Asia-Pacific staff use AI regularly (72% globally)", "BCG：亚太78%的员工经常使用AI（全球为72%）", "BCG: ایشیا پیسفک کے 78% ملازمین باقاعدگی سے AI استعمال کرتے ہیں (عالمی سطح پر 72%)"),
    ("BCG AI-at-work survey", "BCG职场AI调查", "BCG کا AI سروے"),
    ("Asia-Pacific", "亚太地区", "ایشیا پیسفک"),
    ("AI Singapore releases Qwen-SEA-LION-v4, built on Alibaba's Qwen", "AI Singapore发布基于阿里巴巴通义千问的Qwen-SEA-LION-v4", "AI Singapore نے علی بابا کے Qwen پر مبنی Qwen-SEA-LION-v4 جاری کیا"),
    ("Singapore", "新加坡", "سنگاپور"),
    ("UNDP report: AI may widen gaps between countries", "开发计划署报告：AI可能扩大国家间差距", "UNDP رپورٹ: AI ممالک کے درمیان فرق بڑھا سکتی ہے"),
    ("UNDP AI report", "开发计划署AI报告", "UNDP کی AI رپورٹ"),
    ("Bangkok and Geneva", "曼谷和日内瓦", "بینکاک اور جنیوا"),
    ("US to allow Nvidia H200 sales to approved buyers in China", "美国将允许向中国获批买家出售英伟达H200", "امریکہ چین میں منظور شدہ خریداروں کو Nvidia H200 فروخت کرنے کی اجازت دے گا"),
    ("US eases AI-chip exports", "美国放宽AI芯片出口", "امریکہ نے AI چپ برآمدات نرم کیں"),
    ("APEC \"China Year\" opens with officials' meeting", "APEC“中国年”以高官会开幕", "APEC کے \"چین سال\" کا آغاز حکام کے اجلاس سے"),
    ("APEC officials, Shenzhen", "APEC高官会（深圳）", "APEC حکام، شینزین"),
    ("Shenzhen, China", "中国深圳", "شینزین، چین"),
    ("South Korea's AI Basic Act takes effect", "韩国《人工智能基本法》生效", "جنوبی کوریا کا AI بنیادی قانون نافذ"),
    ("Korea AI Basic Act", "韩国AI基本法", "کوریا کا AI بنیادی قانون"),
    ("South Korea", "韩国", "جنوبی کوریا"),
    ("APEC Economic Leaders' Meeting in Shenzhen", "APEC领导人非正式会议将在深圳举行", "شینزین میں APEC اقتصادی رہنماؤں کا اجلاس"),
    ("APEC 2026, Shenzhen", "APEC 2026（深圳）", "APEC 2026، شینزین"),
    ("EU AI Act: rules for high-risk AI in regulated products apply", "欧盟《人工智能法》：受监管产品中的高风险AI规则开始适用", "یورپی یونین AI ایکٹ: ریگولیٹڈ مصنوعات میں ہائی رسک AI کے قواعد کا اطلاق"),
    ("EU AI Act 2027 date", "欧盟AI法案2027节点", "EU AI ایکٹ کی 2027 کی تاریخ"),
    ("European Union", "欧盟", "یورپی یونین"),
    // ---- event notes (tooltips)
    ("Proposed, with headquarters tentatively in Shanghai; promoted by Xi at APEC on 1 Nov 2025. No source confirms it was established by 28 Dec 2025, although the article speaks of its \"establishment\".",
     "已提议成立，总部暂定上海；2025年11月1日习近平在APEC上推介。尚无来源证实其在2025年12月28日前已成立，尽管原文称其“成立”。",
     "تجویز کردہ، صدر دفتر عارضی طور پر شنگھائی میں؛ شی نے 1 نومبر 2025 کو APEC میں اس کی حمایت کی۔ کسی ذریعے سے 28 دسمبر 2025 تک اس کے قیام کی تصدیق نہیں ہوتی، اگرچہ مضمون اس کے \"قیام\" کا ذکر کرتا ہے۔"),
    ("Adopted with the Gyeongju Declaration at the leaders' meeting of 31 Oct-1 Nov 2025.", "与《庆州宣言》一同在2025年10月31日至11月1日的领导人会议上通过。", "31 اکتوبر تا 1 نومبر 2025 کے رہنماؤں کے اجلاس میں گیونگجو اعلامیے کے ساتھ منظور کیا گیا۔"),
    ("The speech is confirmed; the organisation itself is still a proposal.", "讲话已获证实；该组织本身仍是倡议。", "تقریر کی تصدیق ہو چکی ہے؛ تنظیم خود ابھی تک ایک تجویز ہے۔"),
    ("Announced at the Gyeongju leaders' meeting; the fact sheet dates it 1 Nov (worldtradescanner) and the MFA text of 12 Dec confirms the announcement.",
     "在庆州领导人会议上宣布；核查资料将日期定为11月1日（worldtradescanner），中国外交部12月12日的文本证实了这一宣布。",
     "گیونگجو میں رہنماؤں کے اجلاس میں اعلان کیا گیا؛ فیکٹ شیٹ اس کی تاریخ 1 نومبر (worldtradescanner) بتاتی ہے اور 12 دسمبر کا وزارتِ خارجہ کا متن اعلان کی تصدیق کرتا ہے۔"),
    ("Survey of 4,500+ employees in nine markets, July 2025; earliest coverage 3 Nov 2025, exact publication day not confirmed.",
     "2025年7月对九个市场4500多名员工的调查；最早报道见于2025年11月3日，确切发布日期未证实。",
     "جولائی 2025 میں نو منڈیوں کے 4,500 سے زائد ملازمین کا سروے؛ پہلی رپورٹ 3 نومبر 2025، اشاعت کی درست تاریخ غیر مصدقہ۔"),
    ("Reported as 24 Nov (joint announcement, ckhq.net) and 25 Nov (release, ciplawyer.com and b.news), per the fact sheet. Built on Qwen3-32B; one of several SEA-LION v4 models.",
     "据核查资料，报道日期为11月24日（联合公告，ckhq.net）和11月25日（发布，ciplawyer.com和b.news）。基于Qwen3-32B，是多个SEA-LION v4模型之一。",
     "فیکٹ شیٹ کے مطابق 24 نومبر (مشترکہ اعلان، ckhq.net) اور 25 نومبر (اجرا، ciplawyer.com اور b.news) کو رپورٹ ہوا۔ Qwen3-32B پر مبنی؛ SEA-LION v4 کے کئی ماڈلز میں سے ایک۔"),
    ("\"The Next Great Divergence\", UNDP's 2025 Asia-Pacific Human Development Report; national launches began on 1 Dec.",
     "《下一次大分流》（The Next Great Divergence），开发计划署2025年亚太人类发展报告；各国发布活动自12月1日开始。",
     "\"The Next Great Divergence\"، UNDP کی 2025 کی ایشیا پیسفک انسانی ترقی رپورٹ؛ قومی سطح پر اجرا 1 دسمبر سے شروع ہوا۔"),
    ("With a 25% payment to the US; the same approach for AMD and Intel. The \"$6 billion\" AMD figure in the article's links has no source and is not shown.",
     "需向美国支付25%；AMD和英特尔适用同样做法。原文相关链接中AMD“60亿美元”的数字无来源，未予展示。",
     "امریکہ کو 25% ادائیگی کے ساتھ؛ AMD اور Intel کے لیے بھی یہی طریقہ۔ مضمون کے روابط میں AMD کے \"6 ارب ڈالر\" کے عدد کا کوئی ذریعہ نہیں، اس لیے نہیں دکھایا گیا۔"),
    ("APEC Symposium and Informal Senior Officials' Meeting; Vice Foreign Minister Ma Zhaoxu spoke at the opening.",
     "APEC研讨会暨非正式高官会；外交部副部长马朝旭在开幕式上致辞。",
     "APEC سمپوزیم اور غیر رسمی سینئر حکام کا اجلاس؛ نائب وزیرِ خارجہ ما ژاؤسو نے افتتاح پر خطاب کیا۔"),
    ("Promulgated 21 Jan 2025; a grace period of at least a year applies before fines.", "2025年1月21日公布；罚款前设有至少一年的宽限期。", "21 جنوری 2025 کو نافذ العمل قرار دیا گیا؛ جرمانوں سے پہلے کم از کم ایک سال کی رعایتی مدت ہے۔"),
    ("The 33rd leaders' meeting, announced for \"November next year\"; exact days were reported only after the article.",
     "第三十三次领导人会议，宣布于“明年11月”举行；具体日期在本文发表后才见报道。",
     "33واں رہنماؤں کا اجلاس، \"اگلے سال نومبر\" کے لیے اعلان شدہ؛ درست تاریخیں مضمون کے بعد رپورٹ ہوئیں۔"),
    ("Statutory date (Annex I). On 19 Nov 2025 the Commission proposed the Digital Omnibus, which would move it to 2 Aug 2028; a proposal, not law, on 28 Dec 2025.",
     "法定日期（附件一）。2025年11月19日欧盟委员会提出《数字综合法案》，拟将其推迟至2028年8月2日；截至2025年12月28日仍为提案，并非法律。",
     "قانونی تاریخ (ضمیمہ I)۔ 19 نومبر 2025 کو کمیشن نے ڈیجیٹل اومنی بس تجویز کیا جو اسے 2 اگست 2028 تک لے جائے گا؛ 28 دسمبر 2025 کو یہ تجویز تھی، قانون نہیں۔"),
    // ---- data tables (screen readers, CSV)
    ("Area", "地区", ""),
    ("Share of AI patents granted in 2023 (%)", "2023年授权AI专利份额（%）", ""),
    ("Source URL", "来源网址", "ذریعے کا URL"),
    ("Figure", "指标", ""),
    ("As published", "原文表述", ""),
    ("Value", "数值", ""),
    ("Unit", "单位", ""),
    ("Qualifier", "限定词", ""),
    ("Date", "日期", "تاریخ"),
    ("ISO date", "ISO日期", "ISO تاریخ"),
    ("Precision", "精确度", "درستی"),
    ("Event", "事件", "واقعہ"),
    ("Place", "地点", "مقام"),
    ("Status", "状态", "حیثیت"),
    ("Note", "说明", "نوٹ"),
    // ---- the embed's own interface (www/embed.js reads these from www/i18n/*.js)
    ("Get the data (CSV)", "获取数据（CSV）", "ڈیٹا حاصل کریں (CSV)"),
    ("Download PNG", "下载PNG", "PNG ڈاؤن لوڈ کریں"),
    ("Download SVG", "下载SVG", "SVG ڈاؤن لوڈ کریں"),
    ("Sources:", "来源：", "ذرائع:"),
    ("Loading chart…", "图表加载中…", "چارٹ لوڈ ہو رہا ہے…"),
    ("Data shown in the chart", "图表所示数据", "چارٹ میں دکھایا گیا ڈیٹا"),
    ("Use the arrow keys to move between data points; Enter opens the source; Escape closes the details.",
     "用方向键在数据点之间移动；按回车键打开来源；按Esc键关闭详情。",
     "ڈیٹا پوائنٹس کے درمیان جانے کے لیے تیر والی کلیدیں استعمال کریں؛ Enter ذریعہ کھولتا ہے؛ Escape تفصیل بند کرتا ہے۔"),
    ("Close", "关闭", "بند کریں"),
    ("Date precision:", "日期精确度：", "تاریخ کی درستی:"),
    ("Source:", "来源：", "ذریعہ:"),
    ("This chart needs a wider space; here is a picture of it.", "此处空间不足以显示交互图表，以下为图表图片。", "اس چارٹ کو زیادہ جگہ درکار ہے؛ یہ اس کی تصویر ہے۔"),
    ("The chart could not be loaded; here is a picture of it.", "图表无法加载，以下为图表图片。", "چارٹ لوڈ نہیں ہو سکا؛ یہ اس کی تصویر ہے۔"),
    ("{n} events, from {first} to {last}. The table after the chart lists them all.",
     "共{n}个事件，从{first}到{last}。图表后的表格列出全部事件。",
     "کل {n} واقعات، {first} سے {last} تک۔ چارٹ کے بعد کی جدول میں سب درج ہیں۔"),
    // ---- qualifiers and units in data tables
    ("nearly", "近", ""),
    ("around", "约", ""),
    ("up to", "最高", ""),
    ("percentage points a year", "个百分点/年", ""),
    ("US$", "美元", ""),
    // ---- shared chrome and tooltips
    ("As of {date}.", "截至{date}。", "بمطابق {date}۔"),
    ("Source", "来源", "ذریعہ"),
    ("day", "日", "دن"),
    ("month", "月", "مہینہ"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_languages_with_english_fallback() {
        assert_eq!(Lang::from_tag("zh-Hans"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh-CN"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh"), Lang::ZhHans);
        assert_eq!(Lang::from_tag("zh-Hant-TW"), Lang::En);
        assert_eq!(Lang::from_tag("ur-PK"), Lang::Ur);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn dates_per_language() {
        assert_eq!(date(Lang::En, "2025-12-28", None, false), "28 Dec 2025");
        assert_eq!(date(Lang::En, "2025-12-11", Some(12), false), "11-12 Dec 2025");
        assert_eq!(date(Lang::En, "2025-11", None, true), "late Nov 2025");
        assert_eq!(date(Lang::ZhHans, "2025-11", None, false), "2025年11月");
        assert_eq!(date(Lang::ZhHans, "2025-11", None, true), "2025年11月下旬");
        assert_eq!(date(Lang::ZhHans, "2025-12-11", Some(12), false), "2025年12月11–12日");
        assert_eq!(date(Lang::Ur, "2025-07-26", None, false), "26 جولائی 2025");
        assert_eq!(date(Lang::En, "soon", None, false), "soon");
    }

    #[test]
    fn keys_are_unique() {
        for (i, (en, ..)) in TABLE.iter().enumerate() {
            assert!(TABLE[i + 1..].iter().all(|(other, ..)| other != en), "{en:?} twice");
        }
    }

    #[test]
    fn lookups_fall_back_to_english() {
        assert_eq!(tr(Lang::ZhHans, "China"), "中国");
        assert_eq!(tr(Lang::Ur, "China"), "China", "Urdu covers the timeline only");
        assert_eq!(tr(Lang::ZhHans, "no such string"), "no such string");
        assert!(TABLE.iter().all(|(en, zh, _)| !en.is_empty() && (!zh.is_empty() || *en == "Urdu translation awaiting review.")));
    }
}
