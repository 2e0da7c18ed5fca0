// expect bytecode: CONF-CLS-014 java.lang.System#loadLibrary
// expect source: CONF-CLS-014 java.lang.System#loadLibrary
package hostile.system_load_library;

public final class Escape {
    void run() {
        System.loadLibrary("evil");
    }
}
