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
     * @param trail the failing instruction's source line and its producers' (relatedLocations), or null
     */
    void reject(String text, SourceTrail trail) {
        SourceLine source = trail == null ? null : trail.line();
        StringBuilder b = new StringBuilder();
        b.append("{\"ruleId\":\"").append(RULE_ID).append("\",\"level\":\"error\",\"message\":{\"text\":")
                .append(Verify.jsonString(text)).append("},\"locations\":[{\"physicalLocation\":");
        if (source != null) {
            b.append(physical(source));
        } else {
            b.append("{\"artifactLocation\":{\"uri\":").append(Verify.jsonString(uri(artifact))).append("}}");
        }
        b.append("}]");
        List<String> related = new ArrayList<>();
        if (trail != null) {
            for (SourceTrail.Step s : trail.producers()) {
                if (s.line() == null) continue;
                related.add("{\"id\":" + (related.size() + 1) + ",\"message\":{\"text\":"
                        + Verify.jsonString("R" + trail.register() + " produced by insn " + s.insn() + " (" + s.text() + ")")
                        + "},\"physicalLocation\":" + physical(s.line()) + "}");
            }
        }
        if (!related.isEmpty()) b.append(",\"relatedLocations\":[").append(String.join(",", related)).append(']');
        b.append('}');
        results.add(b.toString());
    }

    private static String physical(SourceLine l) {
        StringBuilder b = new StringBuilder("{\"artifactLocation\":{\"uri\":").append(Verify.jsonString(uri(l.file())))
                .append("},\"region\":{\"startLine\":").append(Math.max(1, l.line()));
        if (l.column() > 0) b.append(",\"startColumn\":").append(l.column());
        if (l.text() != null) b.append(",\"snippet\":{\"text\":").append(Verify.jsonString(l.text())).append('}');
        return b.append("}}").toString();
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
