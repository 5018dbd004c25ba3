// The fleet's packaging as CI can check it without a fleet: the Ansible playbook's
// syntax against its example inventory, the sync job's shell syntax, and the inventory
// giving each kiosk what the local settings template needs.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>

#include "test_support.h"

namespace kiosk {
namespace {

TEST(FleetPackaging, GivenThePlaybookAndItsExampleInventoryThenAnsiblesSyntaxCheckPasses) {
    const auto r =
        test::run("ANSIBLE_LOCAL_TEMP=$(mktemp -d) ANSIBLE_HOME=$(mktemp -d) ansible-playbook --syntax-check -i '" +
                  test::source_path("packaging/ansible/inventory.example.yml") + "' '" +
                  test::source_path("packaging/ansible/site.yml") + "'");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("playbook: "), std::string::npos) << r.output;
    // Every host of the example is a kiosk, with its own name.
    const auto hosts = test::run("ANSIBLE_HOME=$(mktemp -d) ansible-inventory -i '" +
                                 test::source_path("packaging/ansible/inventory.example.yml") + "' --list");
    ASSERT_EQ(hosts.exit_code, 0) << hosts.output;
    for (const char* name : {"gallery-1-entrance", "gallery-2-left", "gallery-2-right", "gallery-3-reading-room"})
        EXPECT_NE(hosts.output.find(name), std::string::npos) << name;
}

TEST(FleetPackaging, GivenTheSyncJobThenItsShellSyntaxIsSoundAndItRefusesToRunWithoutARepository) {
    const std::string script = test::source_path("packaging/content-sync/kiosk-content-sync");
    EXPECT_EQ(test::run("bash -n '" + script + "'").exit_code, 0);
    const auto r = test::run("env -u CONTENT_REPO bash '" + script + "'");
    EXPECT_NE(r.exit_code, 0);
    EXPECT_NE(r.output.find("CONTENT_REPO is not set"), std::string::npos) << r.output;
}

// The playbook in check mode against one local host (issue 24): it runs to its end
// without changing anything, and every site-specific value comes from the inventory.
TEST(FleetPackaging, GivenALocalOneHostInventoryThenThePlaybookPassesInCheckMode) {
    const std::string site = test::read_file(test::source_path("packaging/ansible/site.yml"));
    EXPECT_EQ(site.find("\n  vars:"), std::string::npos) << "site-specific values belong in the inventory";
    EXPECT_EQ(site.find("github.com"), std::string::npos);
    if (test::run("command -v ansible-playbook").exit_code != 0) GTEST_SKIP() << "no ansible-playbook on this machine";
    const std::string dir = test::temp_dir("ansible-check");
    std::ofstream(dir + "/inventory.yml")
        << "all:\n  children:\n    kiosks:\n      hosts:\n        this-machine:\n"
           "          ansible_connection: local\n          ansible_python_interpreter: /usr/bin/python3\n"
           "          kiosk_name: check-mode\n      vars:\n"
           "        kiosk_source_repo: "
        << test::source_path("")
        << "\n        kiosk_source_version: HEAD\n"
           "        kiosk_prefix: "
        << dir << "/prefix\n        kiosk_content_root: " << dir
        << "/content\n"
           "        kiosk_textfile_dir: "
        << dir
        << "/textfile\n"
           "        kiosk_screen: {width_px: 1920, height_px: 1080, rotation_deg: 0}\n"
           "        kiosk_content_repo: "
        << test::source_path("")
        << "\n        kiosk_content_branch: main\n"
           "        kiosk_pin_hash: \"\"\n";
    const auto r = test::run("cd '" + test::source_path("packaging/ansible") +
                             "' && ANSIBLE_LOCAL_TEMP=$(mktemp -d) ANSIBLE_HOME=$(mktemp -d) "
                             "ansible-playbook --check -i '" +
                             dir + "/inventory.yml' site.yml");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("failed=0"), std::string::npos) << r.output;
    EXPECT_FALSE(test::run("test -e '" + dir + "/content'").exit_code == 0) << "check mode changed the machine";
}

// The sync and its reload run hardened: systemd rates them 2.0 or less.
TEST(FleetPackaging, GivenTheSyncUnitsThenSystemdRatesTheirExposureAtMostTwo) {
    if (test::run("command -v systemd-analyze").exit_code != 0) GTEST_SKIP() << "no systemd-analyze on this machine";
    for (const char* unit : {"kiosk-content-sync.service", "kiosk-content-reload.service"}) {
        const auto r = test::run("systemd-analyze security --offline=true '" +
                                 test::source_path(std::string("packaging/content-sync/") + unit) + "' 2>&1 | tail -1");
        const auto at = r.output.find("exposure level for ");
        ASSERT_NE(at, std::string::npos) << r.output;
        const auto colon = r.output.find(": ", at);
        const double level = std::stod(r.output.substr(colon + 2));
        EXPECT_LE(level, 2.0) << unit << ": " << r.output;
    }
    EXPECT_NE(
        test::read_file(test::source_path("packaging/content-sync/kiosk-content-sync.service")).find("User=kiosk-sync"),
        std::string::npos);
}

// The monitoring files (issue 24): the alert rules are valid (promtool where installed,
// else read as YAML), and every kiosk metric they and the dashboard use is one the kiosk
// or its content sync writes.
TEST(FleetPackaging, GivenTheAlertRulesAndTheDashboardThenTheyAreValidAndUseOnlyMetricsThatExist) {
    const std::string rules = test::source_path("packaging/monitoring/kiosk-alerts.yml");
    if (test::run("command -v promtool").exit_code == 0) {
        const auto r = test::run("promtool check rules '" + rules + "'");
        EXPECT_EQ(r.exit_code, 0) << r.output;
    } else {
        const auto r = test::run(
            "python3 -c \"import sys, yaml; d = yaml.safe_load(open(sys.argv[1])); rs = [r for g in d['groups'] for r "
            "in g['rules']]; "
            "assert len(rs) >= 5; [r[k] for r in rs for k in ('alert', 'expr', 'for', 'labels', 'annotations')]; "
            "[r['annotations']['summary'] for r in rs]; print(' '.join(r['alert'] for r in rs))\" '" +
            rules + "'");
        ASSERT_EQ(r.exit_code, 0) << r.output;
        for (const char* alert : {"KioskDown", "KioskContentRefused", "KioskFramesDropped", "KioskNoTouchForADay"})
            EXPECT_NE(r.output.find(alert), std::string::npos) << alert;
    }
    const std::string written = test::read_file(test::source_path("kiosk/app/health_metrics.cpp")) +
                                test::read_file(test::source_path("packaging/content-sync/kiosk-content-sync"));
    const nlohmann::json dashboard = test::read_json(test::source_path("packaging/monitoring/kiosk-dashboard.json"));
    std::string exprs = test::read_file(rules);
    ASSERT_TRUE(dashboard["panels"].is_array());
    for (const auto& p : dashboard["panels"])
        for (const auto& t : p["targets"]) exprs += " " + t["expr"].get<std::string>();
    const std::regex metric("kiosk_[a-z_]+");
    int used = 0;
    for (auto it = std::sregex_iterator(exprs.begin(), exprs.end(), metric); it != std::sregex_iterator(); ++it) {
        const std::string name = it->str();
        ++used;
        EXPECT_NE(written.find(name), std::string::npos) << name << " is not written by the kiosk or the sync";
    }
    EXPECT_GT(used, 10);
}

}  // namespace
}  // namespace kiosk
