using System.Globalization;
using Dyad.Core.Actors;
using Dyad.Core.Events;

namespace Dyad.Output;

/// <summary>
/// The 61 tab-separated columns of the GDELT 2.0 event export, in its order, no header (as GDELT
/// publishes it). Fields Dyad does not know (ethnic and religion codes, tone, FIPS geo codes, ADM
/// codes, feature ids) are empty. Mention, source and article counts are 1 for one report, and
/// the store's counts when exported from a store. Day is the first day of the event date (the publication date when
/// the event has none), and the event id is the first 60 bits of Dyad's event id as a number.
/// </summary>
public sealed class GdeltEventWriter(TextWriter output) : IEventWriter
{
    private static readonly HashSet<string> NonCountryPrefixes = ["IGO", "NGO", "IMG", "MNC", "INT", "UIS", "NGM"];

    public void Write(CodedEvent e) => Write(e, 1, 1, 1);

    /// <summary>Writes an event with its counts across articles, as a store knows them after dedup.</summary>
    public void Write(CodedEvent e, int mentions, int sources, int articles)
    {
        var cols = new string[61];
        Array.Fill(cols, "");
        var day = e.Date?.Start ?? e.Reported?.Start;
        cols[0] = long.Parse(e.EventId.AsSpan(0, Math.Min(15, e.EventId.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        if (day is { } d)
        {
            cols[1] = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            cols[2] = d.ToString("yyyyMM", CultureInfo.InvariantCulture);
            cols[3] = d.Year.ToString(CultureInfo.InvariantCulture);
            cols[4] = (d.Year + (d.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture);
        }
        FillActor(cols, 5, e.Source);
        FillActor(cols, 15, e.Target);
        cols[26] = e.Cameo.Value;
        cols[27] = e.Cameo.Value[..Math.Min(3, e.Cameo.Value.Length)];
        cols[28] = e.Cameo.Root;
        cols[29] = e.QuadClass.ToString(CultureInfo.InvariantCulture);
        cols[30] = e.Goldstein.ToString("0.0", CultureInfo.InvariantCulture);
        cols[31] = mentions.ToString(CultureInfo.InvariantCulture);
        cols[32] = sources.ToString(CultureInfo.InvariantCulture);
        cols[33] = articles.ToString(CultureInfo.InvariantCulture);
        if (e.Location is { } loc)
        {
            cols[51] = "4";
            cols[52] = loc.Name;
            cols[56] = loc.Lat?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
            cols[57] = loc.Lon?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
        }
        if (e.Reported is { } r) cols[59] = r.Start.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "000000";
        cols[60] = e.Doc;
        for (int i = 0; i < cols.Length; i++)
        {
            if (i > 0) output.Write('\t');
            output.Write(cols[i].Replace('\t', ' ').Replace('\n', ' '));
        }
        output.Write('\n');
    }

    /// <summary>Code, name, country, known group, ethnic, religion 1 and 2, type 1-3.</summary>
    private static void FillActor(string[] cols, int at, ActorMention a)
    {
        var code = a.Code.Value;
        cols[at] = code;
        cols[at + 1] = a.Name.ToUpperInvariant();
        int typeStart = 3;
        if (NonCountryPrefixes.Contains(a.Code.Prefix))
        {
            cols[at + 3] = code.Length > 3 ? code[^3..] : "";
            typeStart = 0;
        }
        else cols[at + 2] = a.Code.Prefix;
        for (int t = 0, i = typeStart; t < 3 && i + 3 <= code.Length; t++, i += 3)
            cols[at + 7 + t] = code.Substring(i, 3);
    }

    public void Dispose() { }
}
