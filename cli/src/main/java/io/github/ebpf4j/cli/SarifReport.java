package io.github.ebpf4j.cli;

import io.github.ebpf4j.elf.SourceLine;
import java.util.ArrayList;
import java.util.List;

/**
 * The verifier's rejections as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange
 * Format), so that CI systems annotate the C source line of the failing instruction. One result
 * per rejected program; accepted programs give no result. Where the object has no BTF line info,
 * the result points at the object file itself.
 */
final class SarifReport {
    /** The rule every rejection reports under. */
    static final String RULE_ID = "bpf-verifier-reject";

    private final String artifact;
    private final List<String> results = new ArrayList<>();

    /** @param artifact the file that was verified, used when a rejection has no source line */
    SarifReport(String artifact) {
        this.artifact = artifact;
    }

    /**
     * Records one rejected program.
     *
     * @param text what the text output says ("prog (sec): rejected at insn N: message")
     * @param source the failing instruction's source line, or null
     */
    void reject(String text, SourceLine source) {
        StringBuilder b = new StringBuilder();
        b.append("{\"ruleId\":\"").append(RULE_ID).append("\",\"level\":\"error\",\"message\":{\"text\":")
                .append(Verify.jsonString(text)).append("},\"locations\":[{\"physicalLocation\":{");
        if (source != null) {
            b.append("\"artifactLocation\":{\"uri\":").append(Verify.jsonString(uri(source.file()))).append('}');
            b.append(",\"region\":{\"startLine\":").append(Math.max(1, source.line()));
            if (source.column() > 0) b.append(",\"startColumn\":").append(source.column());
            if (source.text() != null) {
                b.append(",\"snippet\":{\"text\":").append(Verify.jsonString(source.text())).append('}');
            }
            b.append('}');
        } else {
            b.append("\"artifactLocation\":{\"uri\":").append(Verify.jsonString(uri(artifact))).append('}');
        }
        b.append("}}]}");
        results.add(b.toString());
    }

    /** @return the SARIF document */
    String toJson() {
        return "{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\","
                + "\"runs\":[{\"tool\":{\"driver\":{\"name\":\"ebpf4j\",\"rules\":[{\"id\":\"" + RULE_ID + "\","
                + "\"shortDescription\":{\"text\":\"The Linux kernel's verifier would reject this BPF program\"}}]}},"
                + "\"results\":[" + String.join(",", results) + "]}]}";
    }

    /** SARIF wants URI references: forward slashes, no leading "./". */
    private static String uri(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("./")) p = p.substring(2);
        return p;
    }
}
