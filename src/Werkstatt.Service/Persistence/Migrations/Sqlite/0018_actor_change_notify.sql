-- PostgreSQL only (triggers that NOTIFY the other processes' actor caches). A SQLite database is used by one process,
-- whose cache is emptied by its own saves (Accounts/Caching/ActorCacheInterceptor); nothing to do here.
SELECT 1;
