using LiteDB;
using Microsoft.Extensions.Options;
using ParentBot.Core.Conversations;

namespace ParentBot.Core.Storage;

/// <summary>
/// Owns the process's one <see cref="LiteDatabase"/> and its own <see cref="BsonMapper"/> (never the
/// mutable global one). Opened at start, disposed at stop; a lock file beside the database keeps a
/// second process away. Writes that span collections go through <see cref="Write{T}"/>, one at a time,
/// because LiteDB loses updates when threads read-modify-write concurrently.
/// </summary>
public sealed class ParentBotDatabase : IDisposable
{
    private readonly Lock _writeGate = new();
    private readonly FileStream _instanceLock;
    private bool _disposed;

    public ParentBotDatabase(IOptions<StorageOptions> options)
    {
        FilePath = System.IO.Path.GetFullPath(options.Value.Path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(FilePath)!);
        _instanceLock = TakeInstanceLock(FilePath);
        try
        {
            Database = new LiteDatabase(new ConnectionString { Filename = FilePath, Connection = ConnectionType.Direct }, CreateMapper())
            {
                UtcDate = true,
            };
            EnsureIndexes(Database);
        }
        catch
        {
            _instanceLock.Dispose();
            throw;
        }
    }

    public string FilePath { get; }

    internal LiteDatabase Database { get; }

    internal ILiteCollection<T> Collection<T>(string name) => Database.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> in one transaction; all of it is stored, or none.</summary>
    internal T Write<T>(Func<LiteDatabase, T> work)
    {
        lock (_writeGate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            Database.BeginTrans();
            try
            {
                var result = work(Database);
                Database.Commit();
                return result;
            }
            catch
            {
                Database.Rollback();
                throw;
            }
        }
    }

    /// <summary>True when a write reaches the file (for /healthz).</summary>
    public bool IsWritable()
    {
        try
        {
            return Write(db => db.GetCollection(Collections.Meta).Upsert(new BsonDocument { ["_id"] = "health", ["ok"] = true }) || true);
        }
        catch (LiteException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>
    /// Waits for a write in flight: disposing LiteDB under an open write transaction leaves that transaction to
    /// the garbage collector, whose finalizer then throws on the finalizer thread and ends the process
    /// (litedb-org/LiteDB#2828). A write that comes later is refused.
    /// </summary>
    public void Dispose()
    {
        lock (_writeGate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            Database.Dispose();
        }

        _instanceLock.Dispose();
    }

    private static FileStream TakeInstanceLock(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            // FileShare.None takes an exclusive advisory lock (flock) on Unix: a second process, or a
            // second open in this process, fails here instead of corrupting the database.
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException ex)
        {
            throw new InstanceLockedException(databasePath, ex);
        }
    }

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.Entity<ParentRecord>().Id(p => p.Id, autoId: false);
        mapper.Entity<ConversationRecord>().Id(c => c.Id, autoId: false);
        mapper.Entity<WebSessionDocument>().Id(s => s.Id, autoId: false);
        mapper.Entity<WebMessageDocument>().Id(m => m.Id, autoId: true);
        mapper.Entity<ProcessedUpdateDocument>().Id(u => u.Id, autoId: false);
        mapper.Entity<KnowledgeFeedbackDocument>().Id(f => f.Id, autoId: true);
        mapper.Entity<OutboxDocument>().Id(o => o.Id, autoId: false);
        mapper.Entity<Places.Organisation>().Id(o => o.Id, autoId: false);
        mapper.Entity<Places.Venue>().Id(v => v.Id, autoId: false).Ignore(v => v.MapLink);
        mapper.Entity<Staff.StaffAccount>().Id(s => s.Id, autoId: false).Ignore(s => s.CanFacilitate).Ignore(s => s.CanReviewVisits);
        mapper.Entity<Sessions.SessionSeries>().Id(s => s.Id, autoId: false);
        mapper.Entity<Sessions.Enrolment>().Id(e => e.Id, autoId: false);
        mapper.Entity<Sessions.Attendance>().Id(a => a.Id, autoId: false);
        mapper.Entity<Sessions.PersonalInvite>().Id(i => i.Id, autoId: false);
        mapper.Entity<Sessions.Broadcasts.Broadcast>().Id(b => b.Id, autoId: false).Ignore(b => b.IsDraft).Ignore(b => b.Batch);
        VisitStorageMapping.Register(mapper);
        mapper.Entity<Activities.Activity>().Id(a => a.Id, autoId: false);
        mapper.Entity<AuditDocument>().Id(a => a.Id, autoId: true);
        mapper.Entity<Questions.QuestionThread>().Id(t => t.Id, autoId: false);
        mapper.Entity<ConsoleKeyDocument>().Id(k => k.Id, autoId: false);
        return mapper;
    }

    private static void EnsureIndexes(LiteDatabase db)
    {
        db.GetCollection<WebMessageDocument>(Collections.WebMessages).EnsureIndex(m => m.SessionId);
        db.GetCollection<ProcessedUpdateDocument>(Collections.ProcessedUpdates).EnsureIndex(u => u.HandledUtc);
        db.GetCollection<KnowledgeFeedbackDocument>(Collections.KnowledgeFeedback).EnsureIndex(f => f.Chat);
        var outbox = db.GetCollection<OutboxDocument>(Collections.Outbox);
        outbox.EnsureIndex(o => o.NextAttemptUtc);
        outbox.EnsureIndex(o => o.Status);
        outbox.EnsureIndex(o => o.Batch);
        outbox.EnsureIndex(o => o.Chat);
        db.GetCollection<Places.Venue>(Collections.Venues).EnsureIndex(v => v.Organisation);
        var staff = db.GetCollection<Staff.StaffAccount>(Collections.Staff);
        staff.EnsureIndex(s => s.Email, unique: true);
        staff.EnsureIndex(s => s.Chat);
        staff.EnsureIndex(s => s.Organisation);
        var series = db.GetCollection<Sessions.SessionSeries>(Collections.Series);
        series.EnsureIndex(s => s.InviteCode);
        series.EnsureIndex(s => s.Organisation);
        series.EnsureIndex(s => s.LastDate);
        var enrolments = db.GetCollection<Sessions.Enrolment>(Collections.Enrolments);
        enrolments.EnsureIndex(e => e.SeriesId);
        enrolments.EnsureIndex(e => e.Chat);
        var attendance = db.GetCollection<Sessions.Attendance>(Collections.Attendance);
        attendance.EnsureIndex(a => a.Chat);
        attendance.EnsureIndex(a => a.SeriesId);
        db.GetCollection<Sessions.Broadcasts.Broadcast>(Collections.Broadcasts).EnsureIndex(b => b.SeriesId);
        VisitStorageMapping.EnsureIndexes(db);
        db.GetCollection<Activities.Activity>(Collections.Activities).EnsureIndex(a => a.Venue);
        staff.EnsureIndex(s => s.LinkCode);
        db.GetCollection<AuditDocument>(Collections.Audit).EnsureIndex(a => a.Organisation);
        var threads = db.GetCollection<Questions.QuestionThread>(Collections.QuestionThreads);
        threads.EnsureIndex(t => t.Chat);
        threads.EnsureIndex(t => t.Organisation);
        outbox.EnsureIndex(OutboxDocument.QueueIndex, OutboxDocument.QueueExpression);
    }
}
