/* br-test-fixtures.h — malformed fixture folders and their EXPECTED files
 *
 * A folder of malformed fixtures holds FILE.SUFFIX files and an EXPECTED
 * file with one line per fixture: FILE<TAB>CODE<TAB>LINE:COLUMN<TAB>PATH,
 * where CODE is a br_doc_error_code_to_string() name and PATH a JSON path
 * or "-". Lines starting with "#" are comments.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct {
  char *file;       /* "empty-title.json" */
  char *full_path;  /* the fixture's path */
  char *code;       /* "empty" */
  char *location;   /* "3:12" */
  char *path;       /* "$.title", or NULL for "-" */
} BrTestExpectation;

typedef struct {
  char *dir;
  char *suffix;
  GPtrArray *expectations;  /* of BrTestExpectation */
  GPtrArray *problems;      /* of char*: what was wrong with EXPECTED */
} BrTestFixtures;

BrTestFixtures *br_test_fixtures_new          (const char           *dir,
                                               const char           *suffix);
void            br_test_fixtures_free         (BrTestFixtures       *self);
void            br_test_fixtures_add_tests    (BrTestFixtures       *self,
                                               const char           *test_prefix,
                                               GTestDataFunc         func);
void            br_test_fixtures_check_files  (BrTestFixtures       *self,
                                               guint                 min_fixtures);

char           *br_test_expectation_dup_prefix (const BrTestExpectation *expected);
void            br_test_assert_error_matches  (const GError         *error,
                                               const BrTestExpectation *expected);

GBytes         *br_test_load_bytes            (const char           *path);
void            br_test_assert_has_prefix     (const char           *message,
                                               const char           *prefix);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BrTestFixtures, br_test_fixtures_free)

G_END_DECLS
