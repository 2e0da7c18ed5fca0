/**
 * The owner's permissions at the decision point: the policy's grants, budgets and taint rule, the guards, the
 * requests for the owner's approval, and the audit log entry for every decision, tool call, send and egress request.
 *
 * <p>{@link dev.pincer.runtime.permit.Permissions} is the one entry point; the rest is package-private.
 */
package dev.pincer.runtime.permit;
