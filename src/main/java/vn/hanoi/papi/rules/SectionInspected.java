package vn.hanoi.papi.rules;

/** Marks a section present in the submission; rules that judge an absence run only when it is. */
public record SectionInspected(String name) {
}
