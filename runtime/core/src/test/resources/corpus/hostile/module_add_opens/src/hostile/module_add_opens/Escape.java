// expect bytecode: CONF-CLS-006 java.lang.Class#getModule
// expect bytecode: CONF-CLS-006 java.lang.Module#addOpens
// expect source: CONF-CLS-006 java.lang.Class#getModule
package hostile.module_add_opens;

public final class Escape {
    void run(Module target) {
        Escape.class.getModule().addOpens("hostile.module_add_opens", target);
    }
}
