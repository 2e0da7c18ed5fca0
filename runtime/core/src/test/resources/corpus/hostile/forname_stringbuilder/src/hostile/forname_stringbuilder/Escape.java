// expect bytecode: CONF-CLS-004 java.lang.Class#forName
// expect source: CONF-CLS-004 java.lang.Class#forName
package hostile.forname_stringbuilder;

public final class Escape {
    Object run(String suffix) throws Exception {
        String name = new StringBuilder("emitnuR.gnal.avaj").reverse().append(suffix).toString();
        return Class.forName(name, true, null);
    }
}
