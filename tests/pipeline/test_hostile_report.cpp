// Every string of the shared hostile list (tests/support/hostile_strings) through the JSON
// report of `scorecard validate --format json`: the document stays valid JSON (Python's strict
// parser) and each indicator name reads back as the text it was given.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "pipeline/driver/json_report.hpp"
#include "pipeline/driver/pipeline_run.hpp"
#include "support/hostile_strings.hpp"
#include "support/run_command.hpp"
#include "support/test_paths.hpp"

using namespace scorecard;
using namespace scorecard::test;

TEST_CASE("every hostile string in the JSON report is valid JSON and reads back exactly", "[json][hostile]") {
    if (!tool_or_skip("python3", "python3")) return;
    ScratchDir dir("json-hostile");
    const auto& list = hostile_strings();
    std::size_t first = 0;
    for (int n = 0; first < list.size(); ++n) {
        CheckedScorecard checked = read_and_check(fixture_path("children-families-2022-23-q3.txt"), CheckOptions{});
        REQUIRE_FALSE(checked.rejected);
        std::ofstream expected(dir.file("expected.hex"));
        checked.scorecard.for_each_indicator([&](Indicator& i) {
            if (first >= list.size()) return;
            i.name.text = list[first].text;
            expected << hex_of(list[first++].expected) << "\n";
        });
        expected.close();
        std::ostringstream json;
        write_json_report(checked, json);
        write_file(dir.file("report.json"), json.str());
        // Python's json module refuses what JSON does not allow (raw control characters in a
        // string); bytes that are not UTF-8 fail its decoding.
        const std::string script =
            "import sys, json\n"
            "want = [bytes.fromhex(l.strip()).decode('utf-8') for l in open(sys.argv[1])]\n"
            "doc = json.loads(open(sys.argv[2], 'rb').read().decode('utf-8'))\n"
            "names = set()\n"
            "def walk(x):\n"
            "    if isinstance(x, dict):\n"
            "        for k, v in x.items():\n"
            "            if k == 'name' and isinstance(v, dict) and 'text' in v: names.add(v['text'])\n"
            "            elif k == 'name' and isinstance(v, str): names.add(v)\n"
            "            walk(v)\n"
            "    elif isinstance(x, list):\n"
            "        for v in x: walk(v)\n"
            "walk(doc)\n"
            "missing = [w for w in want if w not in names]\n"
            "for m in missing: print('missing: %r' % m[:80])\n"
            "sys.exit(1 if missing else 0)\n";
        const CommandResult r = run_command("python3", {"-c", script, dir.file("expected.hex"), dir.file("report.json")});
        INFO("report " << n << "\n" << r.out << r.err);
        CHECK(r.exit_code == 0);
    }
}
