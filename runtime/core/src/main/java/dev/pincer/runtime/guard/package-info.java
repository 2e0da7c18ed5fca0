/**
 * Guards at run time: each configured guard integration inspects every proposed action under a time limit, and
 * {@link dev.pincer.runtime.guard.GuardChain} keeps the strictest verdict. A guard that throws, returns nothing or
 * overruns counts as a denial (fail closed); a guard can never widen what the owner's policy decides.
 */
package dev.pincer.runtime.guard;
