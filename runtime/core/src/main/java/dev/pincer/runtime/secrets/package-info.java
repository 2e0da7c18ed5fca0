/**
 * The owner's secrets, kept on disk where only the owner can read them.
 *
 * <p>{@link dev.pincer.runtime.secrets.DataDirectory} finds and creates Pincer's data directory
 * (owner-only, {@code rwx------}); {@link dev.pincer.runtime.secrets.SecretStore} keeps the secrets in
 * {@code <data>/secrets.json} (owner-only, {@code rw-------}), written atomically and under a file lock so
 * that two processes setting secrets at once lose neither update.
 *
 * <h2>Never print a value</h2>
 * {@link dev.pincer.runtime.secrets.SecretStore#values()} exists only so that the runtime can build a
 * {@link dev.pincer.runtime.context.SecretVault}. Never print, log, or put into a message or an exception
 * what it returns. Everything else in this package shows names and times only: no message, exception or
 * {@code toString} here contains a secret's value, and tests check that.
 */
package dev.pincer.runtime.secrets;
