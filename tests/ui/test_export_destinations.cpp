// Finding USB sticks and archive shares to export to, from a mount table in /proc/mounts form.
#include <catch2/catch_test_macros.hpp>

#include <filesystem>
#include <fstream>

#include "staff/export_destinations.hpp"
#include "submission_test_support.hpp"

using namespace intake;

TEST_CASE("export destinations are removable disks and shares under /media, /run/media and /mnt",
          "[staff][export]") {
  submission::test::TempDir tmp;
  const auto table = tmp / "mounts";
  std::ofstream(table) << "sysfs /sys sysfs rw,nosuid 0 0\n"
                          "/dev/sda1 / ext4 rw,relatime 0 0\n"
                          "tmpfs /run/user/1000 tmpfs rw 0 0\n"
                          "/dev/sdb1 /media/kiosk/KINGSTON vfat rw,nosuid,nodev 0 0\n"
                          "/dev/sdc1 /run/media/kiosk/Clinic\\040Archive exfat rw 0 0\n"
                          "//nas/archive /mnt/archive cifs rw 0 0\n"
                          "tmpfs /mnt/scratch tmpfs rw 0 0\n"
                          "broken line\n";
  const auto found = staff::find_export_destinations(table);
  REQUIRE(found.size() == 3);
  CHECK(found[0].label == "KINGSTON");
  CHECK(found[0].folder == "/media/kiosk/KINGSTON");
  CHECK_FALSE(found[0].network);
  CHECK(found[1].label == "Clinic Archive");  // "\040" is a space in the kernel's table
  CHECK(found[2].label == "archive");
  CHECK(found[2].network);
  CHECK(staff::find_export_destinations(tmp / "no-such-table").empty());
}
