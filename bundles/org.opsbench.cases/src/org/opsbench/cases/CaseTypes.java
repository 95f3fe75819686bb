package org.opsbench.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.cases.internal.Messages;

/**
 * The types a case can have, from the {@code org.opsbench.cases.caseTypes} extension point: the four
 * built-in ones (technical, business and operation defects, consultation) and whatever installed
 * plug-ins add. Each type follows the consultation or the defect workflow.
 */
public final class CaseTypes {

    public static final String EXTENSION_POINT = "org.opsbench.cases.caseTypes";
    public static final String CONSULTATION = "consultation";

    /** One type: its workflow ({@code kind}) and, for a defect, its class. */
    public record CaseType(String id, String name, CaseKind kind, DefectClass defectClass, int order, String contributor) {
    }

    private static final ContributionReader<CaseType> READER = ContributionReader.of(EXTENSION_POINT, CaseTypes::caseType);

    private CaseTypes() {
    }

    /** @return the installed types in pick-list order; a duplicate id or a malformed type is left out and logged */
    public static List<CaseType> all() {
        List<CaseType> types = new ArrayList<>(READER.installed().stream().map(ContributionReader.Contribution::value).toList());
        types.sort(Comparator.comparingInt(CaseType::order).thenComparing(CaseType::name));
        return List.copyOf(types);
    }

    /** @return the type an element declares; refused (and logged) when its workflow or class is not one there is */
    private static CaseType caseType(IConfigurationElement element) {
        String contributor = element.getContributor().getName();
        String id = element.getAttribute("id");
        CaseKind kind = "consultation".equals(element.getAttribute("workflow")) ? CaseKind.CONSULTATION
                : "defect".equals(element.getAttribute("workflow")) ? CaseKind.DEFECT : null;
        String classText = element.getAttribute("defectClass");
        DefectClass defectClass = kind != CaseKind.DEFECT ? null
                : classText == null ? DefectClass.TECHNICAL : DefectClass.getByName(classText.toUpperCase(Locale.ROOT));
        if (kind == null || kind == CaseKind.DEFECT && defectClass == null) {
            throw new ContributionReader.Refused(Messages.format("caseTypeMalformed", id, contributor, element.getAttribute("workflow"),
                    classText));
        }
        return new CaseType(id, ContributionReader.name(element), kind, defectClass, ContributionReader.order(element), contributor);
    }

    /** @return the installed type with this id, or null */
    public static CaseType find(String id) {
        return id == null ? null : all().stream().filter(type -> type.id().equals(id)).findFirst().orElse(null);
    }

    /** @return the id of the built-in type for a workflow and class, e.g. defect-technical */
    public static String builtIn(CaseKind kind, DefectClass defectClass) {
        if (kind == CaseKind.CONSULTATION || kind == null) {
            return CONSULTATION;
        }
        return "defect-" + (defectClass == null ? DefectClass.TECHNICAL : defectClass).getLiteral();
    }

    /** @return the name of a stored type; without a type, the built-in name of the workflow and class; the id when its plug-in is gone */
    public static String name(String id, CaseKind kind, DefectClass defectClass) {
        CaseType type = find(id != null ? id : builtIn(kind, defectClass));
        return type != null ? type.name() : id != null ? id : CaseLabels.kind(kind, defectClass);
    }
}
