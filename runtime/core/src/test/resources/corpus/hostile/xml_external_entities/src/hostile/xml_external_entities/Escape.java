// expect bytecode: CONF-CLS-012 javax.xml.parsers.DocumentBuilderFactory#newInstance
// expect source: CONF-CLS-012 javax.xml.parsers.DocumentBuilderFactory
package hostile.xml_external_entities;

import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;

public final class Escape {
    Object run(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes()));
    }
}
