// expect bytecode: CONF-CLS-014 java.lang.System#load
// expect source: CONF-CLS-014 java.lang.System#load
package hostile.system_load;

public final class Escape {
    void run() {
        System.load("/tmp/libevil.so");
    }
}
