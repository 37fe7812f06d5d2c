using Dyad.Core.Time;

namespace Dyad.Storage.Dedup;

/// <summary>
/// One real event and the reports merged into it. A report joins only when it is compatible with
/// every report already in (complete linkage), so a vague "in 2018" report cannot chain a March
/// and a July event together.
/// </summary>
internal sealed class EventCluster(long eventId, string key, bool isNew)
{
    private readonly List<ReportFacts> _members = [];
    private readonly HashSet<string> _docs = [];
    private readonly HashSet<string> _hosts = [];

    public long EventId { get; } = eventId;
    public string Key { get; } = key;
    /// <summary>Created by the batch being written (inserted), rather than loaded from the store (updated).</summary>
    public bool IsNew { get; } = isNew;
    /// <summary>A loaded cluster that gained reports in this batch.</summary>
    public bool Changed { get; private set; }

    /// <summary>The most precise member date (earliest among equals): the best the articles tell.</summary>
    public PartialDate? Date { get; private set; }
    public int Mentions => _members.Count;
    public int Articles => _docs.Count;
    public int Sources => _hosts.Count;

    public bool Accepts(in ReportFacts r)
    {
        foreach (var m in _members)
            if (!DedupRule.Compatible(m, r)) return false;
        return true;
    }

    /// <summary>Adds a report known to be in this event (loaded, or accepted).</summary>
    public void Add(in ReportFacts r, bool fromBatch)
    {
        _members.Add(r);
        _docs.Add(r.DocKey);
        _hosts.Add(r.Host);
        if (r.When is { } d && (Date is not { } best || d.Precision > best.Precision || d.Precision == best.Precision && d < best)) Date = d;
        Changed |= fromBatch && !IsNew;
    }
}
