/* br-test-hostile.h — odd files and bounded children for the tests of
 * hostile input
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BrTestSpecial:
 * @BR_TEST_FIFO: a named pipe no one writes to
 * @BR_TEST_DEV_ZERO: a symbolic link to /dev/zero, endless zeros
 * @BR_TEST_DEV_URANDOM: a symbolic link to /dev/urandom, endless noise
 * @BR_TEST_FOLDER: a folder
 *
 * What can stand where a document is expected.
 */
typedef enum {
  BR_TEST_FIFO,
  BR_TEST_DEV_ZERO,
  BR_TEST_DEV_URANDOM,
  BR_TEST_FOLDER,
  BR_TEST_N_SPECIAL
} BrTestSpecial;

typedef gboolean (*BrTestChildFunc) (gpointer data);

const char *br_test_special_name     (BrTestSpecial    kind);
void        br_test_make_special     (const char      *path,
                                      BrTestSpecial    kind);
char       *br_test_make_temp_dir    (void);
void        br_test_remove_tree      (const char      *path);

gboolean    br_test_memory_measured  (void);
gsize       br_test_run_in_child     (BrTestChildFunc  func,
                                      gpointer         data,
                                      gboolean        *out_ok);
gsize       br_test_child_overhead   (void);
void        br_test_assert_bounded   (const char      *what,
                                      gsize            file_size,
                                      gsize            peak);

G_END_DECLS
