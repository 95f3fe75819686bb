#!/usr/bin/env bash
# Copies the screenshots the UI tests take into the user guide's chapters, cut to the window and scaled to 1000 pixels
# wide: each module's chapter shows its own feature as the tests last saw it, English pictures in
# guide/images/ and Chinese ones (from the tests tagged zh_CN) in nl/zh/guide/images/.
# Run it after the UI tests (releng/scripts/run-tests.sh) and commit the pictures with the change
# that altered what they show.
set -euo pipefail
cd "$(dirname "$0")/../.."

copy() { # test bundle, screenshot name, target picture
    local from="bundles/$1/target/screenshots/$2.png"
    if [[ ! -f "$from" ]]; then
        echo "No screenshot $from: run the UI tests first (releng/scripts/run-tests.sh)." >&2
        exit 1
    fi
    mkdir -p "$(dirname "$3")"
    # The screen's black beyond the window is cut away (a border makes every corner black for -trim).
    convert "$from" -bordercolor black -border 1 -trim +repage -resize '1000x>' -strip -colors 256 "$3"
    echo "$3"
}

help=bundles/org.opsbench.help
copy org.opsbench.ui.tests login-empty-database "$help/guide/images/login.png"
copy org.opsbench.ui.tests service-desk-customers "$help/guide/images/service-desk.png"
copy org.opsbench.ui.tests customer-editor-saved "$help/guide/images/customer-editor.png"
copy org.opsbench.ui.tests preferences-database-works "$help/guide/images/preferences-database.png"
copy org.opsbench.ui.tests zh-login-wrong-password "$help/nl/zh/guide/images/login.png"
copy org.opsbench.ui.tests zh-service-desk "$help/nl/zh/guide/images/service-desk.png"
copy org.opsbench.ui.tests zh-customer-editor-invalid "$help/nl/zh/guide/images/customer-editor.png"
copy org.opsbench.ui.tests zh-preferences-database "$help/nl/zh/guide/images/preferences-database.png"

cases=bundles/org.opsbench.cases.ui
copy org.opsbench.cases.ui.tests case-intake "$cases/guide/images/case-intake.png"
copy org.opsbench.cases.ui.tests case-list-overdue "$cases/guide/images/case-list.png"
copy org.opsbench.cases.ui.tests case-editor-diagnosed "$cases/guide/images/case-editor.png"
copy org.opsbench.cases.ui.tests knowledge-view "$cases/guide/images/knowledge-view.png"
copy org.opsbench.cases.ui.tests case-dashboard "$cases/guide/images/case-dashboard.png"
copy org.opsbench.cases.ui.tests zh-case-intake "$cases/nl/zh/guide/images/case-intake.png"
copy org.opsbench.cases.ui.tests zh-case-list "$cases/nl/zh/guide/images/case-list.png"

topology=bundles/org.opsbench.topology.ui
copy org.opsbench.topology.ui.tests topology-layout "$topology/guide/images/topology-editor.png"
copy org.opsbench.topology.ui.tests topology-address-plan "$topology/guide/images/topology-address-plan.png"
copy org.opsbench.topology.ui.tests zh-topology-editor "$topology/nl/zh/guide/images/topology-editor.png"
copy org.opsbench.topology.ui.tests zh-topology-address-plan "$topology/nl/zh/guide/images/topology-address-plan.png"
