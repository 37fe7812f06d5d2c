using System.Globalization;
using System.Text;
using Dyad.Core.Actors;
using Dyad.Core.Documents;
using Dyad.Core.Events;
using Dyad.Core.Ontology;
using Dyad.Core.Time;
using Dyad.Storage.Ingest;

namespace Dyad.Bench.Storage;

/// <summary>
/// Deterministic short articles (about 1 KB, three events each) about a pool of real events, so
/// several articles from different sites report the same event and dedup has work to do.
/// Document i is the same on every run, which the kill-and-resume test relies on.
/// </summary>
public sealed class SyntheticCorpus(int seed = 1, int eventPool = 5000)
{
    public static readonly string[] Countries =
        ["USA", "RUS", "CHN", "GBR", "FRA", "DEU", "UKR", "IRN", "ISR", "TUR", "IND", "PAK", "JPN", "KOR", "PRK",
         "SYR", "IRQ", "EGY", "SAU", "BRA", "MEX", "NGA", "ZAF", "KEN", "ETH", "VEN", "COL", "AFG", "POL", "BLR"];
    private static readonly string[] Roles = ["", "GOV", "MIL", "SPY", "OPP", "COP"];
    private static readonly (string Code, string Name, string Plover, double Goldstein)[] Cameos =
    [
        ("036", "Express intent to meet or negotiate", "CONSULT", 4.0), ("042", "Make a visit", "CONSULT", 1.9),
        ("051", "Praise or endorse", "ENDORSE", 3.4), ("061", "Cooperate economically", "COOPERATE", 6.4),
        ("070", "Provide aid", "AID", 7.0), ("112", "Accuse", "ACCUSE", -2.0), ("130", "Threaten", "THREATEN", -4.4),
        ("161", "Reduce or break diplomatic relations", "SANCTION", -4.0), ("163", "Impose embargo", "SANCTION", -8.0),
        ("173", "Arrest, detain", "ARREST", -5.0), ("190", "Use conventional military force", "ASSAULT", -10.0),
    ];
    private static readonly string[] Sites = ["reuters.com", "apnews.com", "bbc.co.uk", "aljazeera.com", "france24.com", "dw.com", "nhk.or.jp", "scmp.com"];

    public IngestDocument Document(int i)
    {
        var rng = new Random(Mix(seed, i));
        var text = new StringBuilder(1200);
        var events = new List<CodedEvent>(3);
        var published = new DateOnly(2020, 1, 1).AddDays(rng.Next(5 * 365));
        string doc = $"synthetic-{seed}-{i:D8}";
        for (int k = 0; k < 3; k++)
        {
            int real = rng.Next(eventPool);
            var er = new Random(Mix(seed, real, 7));
            string src = Countries[er.Next(Countries.Length)], tgt = Countries[er.Next(Countries.Length)];
            if (tgt == src) tgt = Countries[(Array.IndexOf(Countries, src) + 1) % Countries.Length];
            var cameo = Cameos[er.Next(Cameos.Length)];
            var date = new DateOnly(2020, 1, 1).AddDays(er.Next(5 * 365));
            string srcCode = src + Roles[er.Next(Roles.Length)], tgtCode = tgt + Roles[rng.Next(Roles.Length)];
            long count = 2 + er.Next(20);
            int start = text.Length;
            string sentence = $"Officials of {src} said on {date:MMMM d} that they would {cameo.Name.ToLowerInvariant()} toward {tgt}, involving {count} people. ";
            text.Append(sentence);
            int trigger = start + sentence.IndexOf("would", StringComparison.Ordinal) + 6;
            events.Add(new CodedEvent
            {
                Doc = doc,
                EventId = Convert.ToHexStringLower(BitConverter.GetBytes(Mix(seed, i, k))) + "00000000",
                Source = new ActorMention(new ActorCode(srcCode), src, new TextSpan(src, start + 13, start + 16)),
                Target = new ActorMention(new ActorCode(tgtCode), tgt, new TextSpan(tgt, start + sentence.IndexOf(" toward ", StringComparison.Ordinal) + 8, start + sentence.IndexOf(" toward ", StringComparison.Ordinal) + 11)),
                Cameo = new CameoCode(cameo.Code), CameoName = cameo.Name, Goldstein = cameo.Goldstein,
                Plover = new PloverCoding(cameo.Plover, null, null),
                Date = PartialDate.FromDate(date), Reported = PartialDate.FromDate(published),
                Location = er.Next(3) == 0 ? null : new EventLocation(tgt + " capital", tgt, -60 + er.Next(120), -170 + er.Next(340)),
                Quantity = new Quantity(count, "people"),
                Sentence = sentence.Trim(), Trigger = new TextSpan(cameo.Name.Split(' ')[0].ToLowerInvariant(), trigger, trigger + 4),
                Rule = "synthetic." + cameo.Code, Confidence = 0.5 + rng.NextDouble() / 2,
            });
        }
        while (text.Length < 1000)
            text.Append(CultureInfo.InvariantCulture, $"Background paragraph {rng.Next(1000)} adds context that codes no event at all. ");
        string site = Sites[rng.Next(Sites.Length)];
        var article = new Article
        {
            Id = doc, Title = $"Synthetic report {i}", Published = PartialDate.FromDate(published),
            SiteName = site, Url = $"https://www.{site}/news/{seed}/{i}", Language = "en", Text = text.ToString(),
        };
        return new IngestDocument(DocumentKey.Of(article.Text, article.Url), article, events);
    }

    /// <summary>A stable hash (HashCode.Combine is seeded per process; documents must be the same on every run).</summary>
    private static int Mix(params int[] values)
    {
        ulong h = 0x9E3779B97F4A7C15;
        foreach (int v in values)
        {
            h ^= (uint)v;
            h *= 0xBF58476D1CE4E5B9;
            h ^= h >> 31;
        }
        return (int)(h & 0x7FFFFFFF);
    }

    public IEnumerable<IngestDocument> Documents(int count, int from = 0)
    {
        for (int i = from; i < from + count; i++) yield return Document(i);
    }
}
