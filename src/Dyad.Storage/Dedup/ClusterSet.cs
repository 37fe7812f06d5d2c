namespace Dyad.Storage.Dedup;

/// <summary>The events a batch's reports may join: those loaded from the store and those the batch creates.</summary>
internal sealed class ClusterSet
{
    private readonly Dictionary<string, List<EventCluster>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<long, EventCluster> _byId = [];

    public IEnumerable<EventCluster> All => _byId.Values;

    /// <summary>Adds a report loaded from the store to its event, creating the cluster on first sight.</summary>
    public void Load(long eventId, in ReportFacts r)
    {
        if (!_byId.TryGetValue(eventId, out var c)) c = Register(new EventCluster(eventId, r.Key, isNew: false));
        c.Add(r, fromBatch: false);
    }

    /// <summary>
    /// Places a new report: in the earliest event it is compatible with, or in a new event that
    /// takes <paramref name="reportId"/> as its id. Returns the event id.
    /// </summary>
    public long Place(in ReportFacts r, long reportId)
    {
        if (_byKey.TryGetValue(r.Key, out var candidates))
            foreach (var c in candidates)
                if (c.Accepts(r))
                {
                    c.Add(r, fromBatch: true);
                    return c.EventId;
                }
        var created = Register(new EventCluster(reportId, r.Key, isNew: true));
        created.Add(r, fromBatch: true);
        return reportId;
    }

    private EventCluster Register(EventCluster c)
    {
        _byId.Add(c.EventId, c);
        if (!_byKey.TryGetValue(c.Key, out var list)) _byKey[c.Key] = list = [];
        // Kept in id order so a report joins the oldest compatible event, whatever the load order.
        int at = list.FindIndex(x => x.EventId > c.EventId);
        if (at < 0) list.Add(c); else list.Insert(at, c);
        return c;
    }
}
