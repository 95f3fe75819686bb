package org.opsbench.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.opsbench.persistence.Database;
import org.opsbench.cases.internal.Messages;

/**
 * Ranks engineers for a case: first by how many of the wanted skills they have (plus a valid
 * certificate from the equipment's vendor), then by closeness (same office, then same region),
 * then by current load (open cases assigned to them), then by name. Every reason is spelled out
 * so the dispatcher can see why somebody is on top.
 */
public final class EngineerSuggestions {

    /** One ranked engineer. */
    public record Suggestion(long engineerId, String employeeNumber, String name, List<String> matchedSkills, boolean vendorCertified,
            Closeness closeness, long openCases) {

        /** @return e.g. "switching, routing · certified by Lanting · same office · 2 open cases" */
        public String reason() {
            List<String> parts = new ArrayList<>();
            if (!matchedSkills.isEmpty()) {
                parts.add(String.join(", ", matchedSkills));
            }
            if (vendorCertified) {
                parts.add(Messages.format("suggestCertified"));
            }
            parts.add(Messages.format("suggest" + closeness.name()));
            parts.add(Messages.format("suggestLoad", openCases));
            return String.join(" \u00b7 ", parts);
        }

        int score() {
            return matchedSkills.size() + (vendorCertified ? 1 : 0);
        }
    }

    /** Where the engineer sits relative to the case's office. */
    public enum Closeness {
        SAME_OFFICE, SAME_REGION, ELSEWHERE
    }

    private final Database database;

    public EngineerSuggestions(Database database) {
        this.database = database;
    }

    /**
     * @param officeId the case's office (the customer's), or 0
     * @param wantedSkills skills the problem needs, matched ignoring case
     * @param vendor the equipment's vendor: a certificate still valid on {@code today} whose issuer begins the vendor name counts
     * @param max how many to return
     */
    public List<Suggestion> suggest(long officeId, Collection<String> wantedSkills, String vendor, LocalDate today, int max) {
        Long regionId = officeId == 0 ? null
                : database.list("SELECT r.persistentId FROM Region r JOIN r.offices o WHERE o.persistentId = ?1", Long.class, officeId)
                        .stream().findFirst().orElse(null);
        Map<Long, Object[]> engineers = new LinkedHashMap<>();
        for (Object[] row : database.list("SELECT e.persistentId, e.employeeNumber, e.name, o.persistentId, r.persistentId"
                + " FROM Engineer e LEFT JOIN e.office o LEFT JOIN e.region r", Object[].class)) {
            engineers.put((Long) row[0], row);
        }
        Set<String> wanted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        wanted.addAll(wantedSkills);
        Map<Long, List<String>> skills = new HashMap<>();
        for (Object[] row : database.list("SELECT e.persistentId, s FROM Engineer e JOIN e.skills s", Object[].class)) {
            if (wanted.contains((String) row[1])) {
                skills.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]);
            }
        }
        Set<Long> certified = new TreeSet<>();
        String vendorName = vendor == null ? "" : vendor.trim().toLowerCase(Locale.ROOT);
        if (!vendorName.isEmpty()) {
            for (Object[] row : database.list("SELECT e.persistentId, c.issuer, c.validUntil FROM Engineer e JOIN e.certifications c"
                    + " WHERE c.issuer IS NOT NULL", Object[].class)) {
                String issuer = ((String) row[1]).trim().toLowerCase(Locale.ROOT);
                LocalDate validUntil = (LocalDate) row[2];
                if (!issuer.isEmpty() && vendorName.startsWith(issuer) && (validUntil == null || !validUntil.isBefore(today))) {
                    certified.add((Long) row[0]);
                }
            }
        }
        Map<Long, Long> load = new HashMap<>();
        for (Object[] row : database.list("SELECT a.persistentId, COUNT(c) FROM ServiceCase c JOIN c.assignee a WHERE c.closedAt IS NULL"
                + " GROUP BY a.persistentId", Object[].class)) {
            load.put((Long) row[0], ((Number) row[1]).longValue());
        }
        List<Suggestion> ranked = new ArrayList<>();
        engineers.forEach((id, row) -> {
            Closeness closeness = officeId != 0 && Long.valueOf(officeId).equals(row[3]) ? Closeness.SAME_OFFICE
                    : regionId != null && regionId.equals(row[4]) ? Closeness.SAME_REGION : Closeness.ELSEWHERE;
            List<String> matched = new ArrayList<>(skills.getOrDefault(id, List.of()));
            matched.sort(String.CASE_INSENSITIVE_ORDER);
            ranked.add(new Suggestion(id, (String) row[1], (String) row[2], List.copyOf(matched), certified.contains(id), closeness,
                    load.getOrDefault(id, 0L)));
        });
        ranked.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::closeness)
                .thenComparingLong(Suggestion::openCases).thenComparing(Suggestion::name));
        return ranked.size() > max ? List.copyOf(ranked.subList(0, max)) : List.copyOf(ranked);
    }
}
