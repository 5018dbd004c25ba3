// The fleet's packaging as CI can check it without a fleet: the Ansible playbook's
// syntax against its example inventory, the sync job's shell syntax, and the inventory
// giving each kiosk what the local settings template needs.
#include <gtest/gtest.h>

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

}  // namespace
}  // namespace kiosk
