// The fleet's packaging as CI can check it without a fleet: the Ansible playbook's
// syntax against its example inventory, the sync job's shell syntax, and the inventory
// giving each kiosk what the local settings template needs.
#include <gtest/gtest.h>

#include <fstream>

#include "test_support.h"

namespace kiosk {
namespace {

TEST(FleetPackaging, GivenThePlaybookAndItsExampleInventoryThenAnsiblesSyntaxCheckPasses) {
    const auto r = test::run("ANSIBLE_LOCAL_TEMP=$(mktemp -d) ANSIBLE_HOME=$(mktemp -d) ansible-playbook --syntax-check -i '" +
                             test::source_path("packaging/ansible/inventory.example.yml") + "' '" +
                             test::source_path("packaging/ansible/site.yml") + "'");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("playbook: "), std::string::npos) << r.output;
    // Every host of the example is a kiosk, with its own name.
    const auto hosts = test::run("ANSIBLE_HOME=$(mktemp -d) ansible-inventory -i '" + test::source_path("packaging/ansible/inventory.example.yml") +
                                 "' --list");
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
    std::ofstream(dir + "/inventory.yml") << "all:\n  children:\n    kiosks:\n      hosts:\n        this-machine:\n"
                                             "          ansible_connection: local\n          ansible_python_interpreter: /usr/bin/python3\n"
                                             "          kiosk_name: check-mode\n      vars:\n"
                                             "        kiosk_source_repo: " << test::source_path("") << "\n        kiosk_source_version: HEAD\n"
                                             "        kiosk_prefix: " << dir << "/prefix\n        kiosk_content_root: " << dir << "/content\n"
                                             "        kiosk_textfile_dir: " << dir << "/textfile\n"
                                             "        kiosk_screen: {width_px: 1920, height_px: 1080, rotation_deg: 0}\n"
                                             "        kiosk_content_repo: " << test::source_path("") << "\n        kiosk_content_branch: main\n"
                                             "        kiosk_pin_hash: \"\"\n";
    const auto r = test::run("cd '" + test::source_path("packaging/ansible") + "' && ANSIBLE_LOCAL_TEMP=$(mktemp -d) ANSIBLE_HOME=$(mktemp -d) "
                             "ansible-playbook --check -i '" + dir + "/inventory.yml' site.yml");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("failed=0"), std::string::npos) << r.output;
    EXPECT_FALSE(test::run("test -e '" + dir + "/content'").exit_code == 0) << "check mode changed the machine";
}

// The sync and its reload run hardened: systemd rates them 2.0 or less.
TEST(FleetPackaging, GivenTheSyncUnitsThenSystemdRatesTheirExposureAtMostTwo) {
    if (test::run("command -v systemd-analyze").exit_code != 0) GTEST_SKIP() << "no systemd-analyze on this machine";
    for (const char* unit : {"kiosk-content-sync.service", "kiosk-content-reload.service"}) {
        const auto r = test::run("systemd-analyze security --offline=true '" + test::source_path(std::string("packaging/content-sync/") + unit) +
                                 "' 2>&1 | tail -1");
        const auto at = r.output.find("exposure level for ");
        ASSERT_NE(at, std::string::npos) << r.output;
        const auto colon = r.output.find(": ", at);
        const double level = std::stod(r.output.substr(colon + 2));
        EXPECT_LE(level, 2.0) << unit << ": " << r.output;
    }
    EXPECT_NE(test::read_file(test::source_path("packaging/content-sync/kiosk-content-sync.service")).find("User=kiosk-sync"), std::string::npos);
}

}  // namespace
}  // namespace kiosk
