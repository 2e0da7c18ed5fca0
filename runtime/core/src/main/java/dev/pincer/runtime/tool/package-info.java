/**
 * Tool actions as manifests declare them: {@link dev.pincer.runtime.tool.ActionDeclaration} with its
 * {@link dev.pincer.runtime.tool.Effect} and {@link dev.pincer.runtime.tool.ResourceTemplate}, and
 * {@link dev.pincer.runtime.tool.ArgumentSchema}, which checks a call's arguments against the action's
 * JSON Schema before the tool sees them.
 */
package dev.pincer.runtime.tool;
