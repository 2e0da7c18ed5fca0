// expect bytecode: CONF-CLS-006 java.lang.ModuleLayer#boot
// expect source: CONF-CLS-006 java.lang.ModuleLayer#boot
package hostile.module_layer;

public final class Escape {
    Object run() {
        return ModuleLayer.boot().findModule("java.base").orElseThrow().getPackages();
    }
}
