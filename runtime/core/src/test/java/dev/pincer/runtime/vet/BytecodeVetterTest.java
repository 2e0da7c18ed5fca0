package dev.pincer.runtime.vet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BytecodeVetterTest {
    private static final Allowlist ALLOWLIST = Allowlist.builtIn();
    private static final String LAMBDA_METAFACTORY_DESCRIPTOR = "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;"
            + "Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodType;Ljava/lang/invoke/MethodHandle;"
            + "Ljava/lang/invoke/MethodType;)Ljava/lang/invoke/CallSite;";

    private static List<Finding> vet(String name, byte[] bytes) {
        return new BytecodeVetter(ALLOWLIST, Set.of(name)).vet(name, bytes);
    }

    private static void assertFinding(List<Finding> findings, String ruleId, String reference, String messagePart) {
        assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals(ruleId) && f.reference().equals(reference)
                        && f.message().contains(messagePart)),
                "expected " + ruleId + " " + reference + " mentioning '" + messagePart + "', found:\n" + HostileCorpusTest.describe(findings));
    }

    private static byte[] benignClass(Path output) throws IOException {
        CorpusCase records = CorpusCase.all("benign").stream().filter(c -> c.name().equals("records_compact_constructors")).findFirst().orElseThrow();
        return records.compile(output).get("benign.records_compact_constructors.Update");
    }

    @Test
    void acceptsAPlainCraftedClass() {
        assertEquals(List.of(), vet("x.Plain", new ClassFileBuilder().method("run", "()V", 0xb1).build("x/Plain")));
    }

    @Test
    void refusesClassFilesNewerThanJava21() {
        List<Finding> findings = vet("x.Plain", new ClassFileBuilder().major(66).build("x/Plain"));
        assertFinding(findings, "CONF-BC-001", "x.Plain", "version 66 is newer than Java 21 (65)");
    }

    @Test
    void refusesPreviewClassFiles(@TempDir Path output) throws IOException {
        byte[] bytes = benignClass(output);
        bytes[4] = (byte) 0xFF;
        bytes[5] = (byte) 0xFF;
        assertFinding(vet("benign.records_compact_constructors.Update", bytes), "CONF-BC-001",
                "benign.records_compact_constructors.Update", "preview features");
    }

    @Test
    void refusesAClassDefinedUnderAnotherName() {
        assertFinding(vet("x.Expected", new ClassFileBuilder().build("x/Other")), "CONF-BC-001", "x.Expected", "declares x.Other, not x.Expected");
    }

    @Test
    void refusesModuleDescriptorsAndModuleConstants() {
        assertFinding(vet("x.Plain", new ClassFileBuilder().access(0x8000).build("x/Plain")), "CONF-BC-001", "x.Plain", "module descriptor");
        ClassFileBuilder builder = new ClassFileBuilder();
        builder.module("java.base");
        assertFinding(vet("x.Plain", builder.build("x/Plain")), "CONF-BC-001", "x.Plain", "module or package entry");
    }

    @Test
    void turnsEveryTruncationAndCorruptionIntoFindingsNotExceptions(@TempDir Path output) throws IOException {
        byte[] bytes = benignClass(output);
        for (int length = 0; length < bytes.length; length++) {
            List<Finding> findings = vet("benign.records_compact_constructors.Update", java.util.Arrays.copyOf(bytes, length));
            assertFalse(findings.isEmpty(), "a class file cut to " + length + " bytes passed");
            assertTrue(findings.stream().allMatch(f -> f.ruleId().equals("CONF-BC-001")), HostileCorpusTest.describe(findings));
        }
        Random random = new Random(42);
        for (int round = 0; round < 2000; round++) {
            byte[] corrupted = bytes.clone();
            corrupted[8 + random.nextInt(corrupted.length - 8)] = (byte) random.nextInt(256);
            vet("benign.records_compact_constructors.Update", corrupted);
        }
        assertFinding(vet("garbage", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), "CONF-BC-001", "garbage", "0xCAFEBABE");
    }

    @Test
    void refusesABootstrapMethodThatIsNotJavacs() {
        ClassFileBuilder builder = new ClassFileBuilder();
        int handle = builder.methodHandle(6, builder.methodRef("x/Evil", "bootstrap", LAMBDA_METAFACTORY_DESCRIPTOR));
        int site = builder.invokeDynamic(builder.bootstrap(handle), "run", "()Ljava/lang/Runnable;");
        byte[] bytes = builder.method("make", "()V", 0xba, site >> 8, site & 0xFF, 0, 0, 0x57, 0xb1).build("x/Evil");
        List<Finding> findings = vet("x.Evil", bytes);
        assertFinding(findings, "CONF-BC-003", "x.Evil#bootstrap", "not an allowed bootstrap");
        assertFinding(findings, "CONF-CLS-005", "java.lang.invoke.MethodHandles$Lookup", "denied by java.lang.invoke.**");
    }

    @Test
    void checksLambdaImplementationHandlesEvenThroughAnAllowedBootstrap() {
        ClassFileBuilder builder = new ClassFileBuilder();
        int metafactory = builder.methodHandle(6, builder.methodRef("java/lang/invoke/LambdaMetafactory", "metafactory", LAMBDA_METAFACTORY_DESCRIPTOR));
        int getenv = builder.methodHandle(6, builder.methodRef("java/lang/System", "getenv", "(Ljava/lang/String;)Ljava/lang/String;"));
        int erased = builder.methodType("(Ljava/lang/Object;)Ljava/lang/Object;");
        int exact = builder.methodType("(Ljava/lang/String;)Ljava/lang/String;");
        int site = builder.invokeDynamic(builder.bootstrap(metafactory, erased, getenv, exact), "apply", "()Ljava/util/function/Function;");
        byte[] bytes = builder.method("make", "()V", 0xba, site >> 8, site & 0xFF, 0, 0, 0x57, 0xb1).build("x/Ref");
        List<Finding> findings = vet("x.Ref", bytes);
        assertFinding(findings, "CONF-CLS-008", "java.lang.System#getenv", "denied by java.lang.System#getenv");
        assertEquals(1, findings.size(), "only the method reference is refused:\n" + HostileCorpusTest.describe(findings));
    }

    @Test
    void refusesLoadingAMethodHandleConstantAndCallingABootstrapDirectly() {
        ClassFileBuilder builder = new ClassFileBuilder();
        int metafactoryRef = builder.methodRef("java/lang/invoke/LambdaMetafactory", "metafactory", LAMBDA_METAFACTORY_DESCRIPTOR);
        int metafactory = builder.methodHandle(6, metafactoryRef);
        int site = builder.invokeDynamic(builder.bootstrap(metafactory), "run", "()Ljava/lang/Runnable;");
        int length = builder.methodHandle(5, builder.methodRef("java/lang/String", "length", "()I"));
        byte[] bytes = builder
                .method("handle", "()V", 0x13, length >> 8, length & 0xFF, 0x57, 0xb1)
                .method("direct", "()V", 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0xb8, metafactoryRef >> 8, metafactoryRef & 0xFF, 0x57, 0xb1)
                .method("site", "()V", 0xba, site >> 8, site & 0xFF, 0, 0, 0x57, 0xb1)
                .build("x/Handles");
        List<Finding> findings = vet("x.Handles", bytes);
        assertFinding(findings, "CONF-BC-005", "constant pool #" + length, "loads a method handle");
        assertFinding(findings, "CONF-BC-005", "constant pool #" + metafactoryRef, "invokes a bootstrap method directly");
        assertTrue(findings.stream().anyMatch(f -> f.location().equals("x.Handles#handle()V")), HostileCorpusTest.describe(findings));
    }

    @Test
    void ignoresNamesThatAppearOnlyInInnerClassesButChecksTheSameNameWhenUsed() {
        ClassFileBuilder builder = new ClassFileBuilder();
        int socket = builder.classRef("java/net/Socket");
        assertEquals(List.of(), vet("x.Inert", builder.innerClass(socket).build("x/Inert")));

        ClassFileBuilder used = new ClassFileBuilder();
        int usedSocket = used.classRef("java/net/Socket");
        byte[] bytes = used.innerClass(usedSocket).method("make", "()V", 0xbb, usedSocket >> 8, usedSocket & 0xFF, 0x57, 0xb1).build("x/Used");
        assertFinding(vet("x.Used", bytes), "CONF-CLS-012", "java.net.Socket", "denied by java.net.Socket");
    }

    @Test
    void doesNotTrustOwnClassNamesInReservedPackages() {
        ClassFileBuilder builder = new ClassFileBuilder();
        int halt = builder.methodRef("java/lang/Runtime", "halt", "(I)V");
        byte[] bytes = builder.method("run", "()V", 0x04, 0xb8, halt >> 8, halt & 0xFF, 0xb1).build("x/Spoof");
        List<Finding> findings = new BytecodeVetter(ALLOWLIST, Set.of("x.Spoof", "java.lang.Runtime")).vet("x.Spoof", bytes);
        assertFinding(findings, "CONF-CLS-007", "java.lang.Runtime#halt", "denied by java.lang.Runtime");
    }

    @Test
    void requireThrowsWithEveryFindingInTheMessage() {
        byte[] bytes = new ClassFileBuilder().major(66).build("x/Plain");
        BytecodeVetter vetter = new BytecodeVetter(ALLOWLIST, Set.of("x.Plain"));
        ConfinementException refused = assertThrows(ConfinementException.class, () -> vetter.require("x.Plain", bytes));
        assertTrue(refused.getMessage().contains("x.Plain is refused by confinement vetting"), refused.getMessage());
        assertTrue(refused.getMessage().contains("CONF-BC-001"), refused.getMessage());
        assertEquals(1, refused.findings().size());
        vetter.require("x.Fine", new ClassFileBuilder().build("x/Fine"));
    }

    @Test
    void vetsEveryClassOfACompiledIntegration(@TempDir Path output) throws IOException {
        CorpusCase channel = CorpusCase.all("benign").stream().filter(c -> c.name().equals("echo_channel")).findFirst().orElseThrow();
        Map<String, byte[]> classes = channel.compile(output);
        BytecodeVetter vetter = new BytecodeVetter(ALLOWLIST, classes.keySet());
        classes.forEach((name, bytes) -> assertEquals(List.of(), vetter.vet(name, bytes), name));
    }
}
