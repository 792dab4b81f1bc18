-- Every change to what an Actor is built from (logins, roles, a login's roles, people) is announced on the channel
-- werkstatt_actor, so each process's actor cache (Accounts/Caching) empties itself. Statement-level with an empty
-- payload = "forget everyone": such changes are rare, and one notice per statement keeps bulk changes cheap.
-- NOTIFY is delivered at commit, and not at all on rollback.
CREATE FUNCTION werkstatt_notify_actor_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('werkstatt_actor', '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER werkstatt_actor_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AspNetUsers"
    FOR EACH STATEMENT EXECUTE FUNCTION werkstatt_notify_actor_change();
CREATE TRIGGER werkstatt_actor_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AspNetUserRoles"
    FOR EACH STATEMENT EXECUTE FUNCTION werkstatt_notify_actor_change();
CREATE TRIGGER werkstatt_actor_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AspNetRoles"
    FOR EACH STATEMENT EXECUTE FUNCTION werkstatt_notify_actor_change();
CREATE TRIGGER werkstatt_actor_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON people
    FOR EACH STATEMENT EXECUTE FUNCTION werkstatt_notify_actor_change();
