// expect bytecode: CONF-BC-008 hostile.native_method.Escape#escape
// expect source: none (a native declaration names nothing; CONF-BC-008 refuses it in bytecode)
package hostile.native_method;

public final class Escape {
    native long escape(long address);
}
