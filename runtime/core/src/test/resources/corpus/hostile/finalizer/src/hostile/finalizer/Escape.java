// expect bytecode: CONF-BC-008 hostile.finalizer.Escape#finalize
// expect source: none (overriding finalize names nothing the allowlist denies; the bytecode rule CONF-BC-008 refuses it)
package hostile.finalizer;

public final class Escape {
    private final Runnable later;

    Escape(Runnable later) {
        this.later = later;
    }

    @Override
    @SuppressWarnings({"deprecation", "removal"})
    protected void finalize() {
        later.run();
    }
}
