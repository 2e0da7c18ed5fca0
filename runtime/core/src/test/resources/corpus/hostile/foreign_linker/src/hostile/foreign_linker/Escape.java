// expect bytecode: CONF-CLS-014 java.lang.foreign.Linker#nativeLinker
// expect source: CONF-CLS-014 java.lang.foreign.Linker
// javac: -source 21 -target 21
package hostile.foreign_linker;

import java.lang.foreign.Linker;

public final class Escape {
    Object run() {
        return Linker.nativeLinker().defaultLookup().find("system");
    }
}
