package org.opsbench.cases.ui.internal;

import org.opsbench.ui.workbench.StoredObjectInput;

/** A case by its database id; two inputs for the same case are equal, so the page reuses the open editor. */
public record CaseEditorInput(long caseId, String number) implements StoredObjectInput {

    @Override
    public String getName() {
        return number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseEditorInput input && input.caseId == caseId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(caseId);
    }
}
