# The HTML report renders in headless Chromium: attune-report writes it from the fixture session,
# tools/report/render_check.sh screenshots it. Exit 77 (chromium not installed) counts as skipped.
add_test(NAME "Report: the HTML report renders in headless Chromium"
         COMMAND bash -c "set -e; d=$(mktemp -d); trap 'rm -rf $d' EXIT; \"$0\" \"$1\" --html $d/report.html; \"$2\" $d/report.html $d/report.png"
                 $<TARGET_FILE:attune-report> ${PROJECT_SOURCE_DIR}/tests/data/sessions/class.session.json
                 ${PROJECT_SOURCE_DIR}/tools/report/render_check.sh)
set_tests_properties("Report: the HTML report renders in headless Chromium"
                     PROPERTIES SKIP_RETURN_CODE 77 LABELS slow)
