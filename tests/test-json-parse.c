/* test-json-parse.c — the strict JSON parser's edge cases
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <malloc.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "br-doc-error.h"
#include "br-ids.h"
#include "br-json-parse.h"
#include "br-json-write.h"

static JsonNode *
parse (const char *text,
       GError    **error)
{
  /* An exact-size copy: a read past the end shows in a sanitizer build */
  g_autofree char *copy = g_memdup2 (text, strlen (text));

  return br_json_parse (copy, strlen (text), error);
}

/* The value of member "v" of {"v": TEXT} */
static JsonNode *
parse_member (const char *value_text)
{
  g_autofree char *text = g_strdup_printf ("{\"v\": %s}", value_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse (text, &error);

  g_assert_no_error (error);
  return json_node_copy (json_object_get_member (json_node_get_object (root), "v"));
}

static void
assert_int (const char *text,
            gint64      expected)
{
  g_autoptr(JsonNode) node = parse_member (text);

  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
  g_assert_cmpint (json_node_get_int (node), ==, expected);
}

static void
assert_double (const char *text,
               double      expected)
{
  g_autoptr(JsonNode) node = parse_member (text);

  g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_DOUBLE);
  if (isinf (expected))
    g_assert_true (isinf (json_node_get_double (node)) &&
                   signbit (json_node_get_double (node)) == signbit (expected));
  else
    {
      g_assert_cmpfloat (json_node_get_double (node), ==, expected);
      g_assert_cmpint (signbit (json_node_get_double (node)), ==, signbit (expected));
    }
}

static void
test_numbers (void)
{
  assert_int ("0", 0);
  assert_int ("-0", 0);
  assert_int ("42", 42);
  assert_int ("-17", -17);
  assert_int ("123456789012345678", G_GINT64_CONSTANT (123456789012345678));
  assert_int ("9223372036854775807", G_MAXINT64);
  assert_int ("-9223372036854775808", G_MININT64);
  /* Beyond a gint64: saturated, so that every range check refuses it */
  assert_int ("9223372036854775808", G_MAXINT64);
  assert_int ("99999999999999999999", G_MAXINT64);
  assert_int ("-99999999999999999999", G_MININT64);

  assert_double ("-0.0", -0.0);
  assert_double ("0.5", 0.5);
  assert_double ("1.5e3", 1500.0);
  assert_double ("1E+2", 100.0);
  assert_double ("25e-1", 2.5);
  assert_double ("0.1", 0.1);
  assert_double ("-123.456", -123.456);
  assert_double ("1e308", 1e308);
  assert_double ("1.7976931348623157e308", G_MAXDOUBLE);
  assert_double ("4.9e-324", 4.9e-324);
  assert_double ("0.1e-400", 0.0);
  assert_double ("123456789012345678901234567890.5", 123456789012345678901234567890.5);
  /* Beyond a double: ±infinity, which every range check refuses */
  assert_double ("1e999", INFINITY);
  assert_double ("-1e999", -INFINITY);
  assert_double ("1e99999999999999999999", INFINITY);
}

/* The fast path gives the double strtod() gives, for any double */
static void
test_numbers_round_trip (void)
{
  for (guint i = 0; i < 20000; i++)
    {
      double value;
      char text[400];   /* %.6f of 1e308 has 316 characters */
      g_autoptr(JsonNode) node = NULL;

      switch (i % 3)
        {
        case 0: value = g_test_rand_double_range (-1e7, 1e7); break;
        case 1: value = round (g_test_rand_double_range (-1e6, 1e6) * 100) / 100; break;
        default:
          {
            guint64 bits = ((guint64) g_test_rand_int () << 32) | (guint32) g_test_rand_int ();
            memcpy (&value, &bits, sizeof value);
            if (!isfinite (value))
              value = 1.0;
          }
          break;
        }
      g_snprintf (text, sizeof text, i % 2 ? "%.17g" : "%.6f", value);
      if (strpbrk (text, ".eE") == NULL)
        g_strlcat (text, ".0", sizeof text);
      node = parse_member (text);
      g_assert_cmpfloat (json_node_get_double (node), ==, g_ascii_strtod (text, NULL));
    }
}

static void
test_strings (void)
{
  struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "\"\"", "" },
    { "\"plain\"", "plain" },
    { "\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t\"", "\" \\ / \b \f \n \r \t" },
    { "\"\\u00e9t\\u00C9\"", "ét\xc3\x89" },
    { "\"\\ud83d\\ude00!\"", "\xf0\x9f\x98\x80!" },
    { "\"\\uDBFF\\uDFFF\"", "\xf4\x8f\xbf\xbf" },
    { "\"ünïcödé ✓\"", "ünïcödé ✓" },
    { "\"a\\u0000b\"", "a" },     /* a C string ends at a NUL, as with json-glib */
    { "\"\\\\ud800\"", "\\ud800" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) node = parse_member (cases[i].text);

      g_assert_cmpstr (json_node_get_string (node), ==, cases[i].expected);
    }
}

static void
test_structure (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = parse ("\xef\xbb\xbf \t\r\n{\"b\": [1, {\"c\": null}, [], {}], \"a\": true,"
                                    " \"b\": false, \"\": \"empty name\"}\n", &error);
  JsonObject *object;
  g_autoptr(GList) names = NULL;

  g_assert_no_error (error);
  g_assert_true (json_node_is_immutable (root));
  object = json_node_get_object (root);

  /* The last of two members with one name wins; the order is the file's */
  g_assert_false (json_object_get_boolean_member (object, "b"));
  g_assert_true (json_object_get_boolean_member (object, "a"));
  g_assert_cmpstr (json_object_get_string_member (object, ""), ==, "empty name");
  names = json_object_get_members (object);
  g_assert_cmpuint (g_list_length (names), ==, 3);
  g_assert_cmpstr (names->data, ==, "b");
  g_assert_cmpstr (names->next->data, ==, "a");
  g_assert_cmpstr (names->next->next->data, ==, "");

  /* Any value may be the root */
  for (guint i = 0; i < 4; i++)
    {
      const char *texts[] = { "[]", "\"s\"", "12", "null" };
      g_autoptr(JsonNode) node = parse (texts[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (node);
    }
}

/* The same tree as json-glib's parser, for documents both read alike */
static void
test_same_tree_as_json_glib (void)
{
  g_autofree char *guide_path = g_test_build_filename (G_TEST_DIST, "..", "data", "content", "guide.json", NULL);
  g_autofree char *board_path = g_test_build_filename (G_TEST_DIST, "data", "board", "good", "all-kinds.brboard", NULL);
  const char *paths[] = { guide_path, board_path };

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(JsonNode) ours = NULL;
      g_autofree char *text = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (paths[i], &text, &length, &error));
      ours = br_json_parse (text, length, &error);
      g_assert_no_error (error);
      g_assert_true (json_parser_load_from_data (parser, text, length, &error));
      g_assert_true (json_node_equal (ours, json_parser_get_root (parser)));
    }
}

/* Every error is a syntax error, located where json-glib located it:
 * where a value is expected, at what is there; elsewhere, at the last
 * character of the last good token */
static void
test_errors (void)
{
  struct {
    const char *text;
    const char *prefix;
  } cases[] = {
    { "", "1:1: the file is empty" },
    { " \n\t ", "1:1: the file is empty" },
    { "\xef\xbb\xbf", "1:1: the file is empty" },
    /* Not JSON, though json-glib took it */
    { "{\"a\": 01}", "1:8: this is not a number" },
    { "{\"a\": .5}", "1:7: expected a value but found “.”" },
    { "{\"a\": 1.}", "1:8: this is not a number" },
    { "{\"a\": +1}", "1:7: expected a value but found “+”" },
    { "{\"a\": 0x10}", "1:8: this is not a number" },
    { "{\"a\": 1e}", "1:8: this is not a number" },
    { "{\"a\": -}", "1:7: this is not a number" },
    { "{\"a\": 12abc}", "1:9: this is not a number" },
    { "{\"a\": 1.5.5}", "1:10: this is not a number" },
    { "{\"a\": 1 /* c */}", "1:7: expected “,” or “}”" },
    { "// c\n{}", "1:1: expected a value but found “/”" },
    { "{'a': 1}", "1:1: expected a member name" },
    { "var x = {}", "1:3: expected a value but found the word “var”" },
    { "{\"a\": NaN}", "1:9: expected a value but found the word “NaN”" },
    { "{\"a\": bar-raiser}", "1:16: expected a value but found the word “bar-raiser”" },
    { "{\"a\": True}", "1:10: expected a value but found the word “True”" },
    { "{\"a\": \"x\"\f}", "1:9: expected “,” or “}”" },
    /* Structure */
    { "{\"a\": 1,}", "1:8: there is a comma before the closing “}”" },
    { "{\"a\": [1,]}", "1:9: there is a comma before the closing “]”" },
    { "{\"a\": [,1]}", "1:8: expected a value but found “,”" },
    { "{\"a\": [1 2]}", "1:8: expected “,” or “]”" },
    { "{\"a\": [1}", "1:8: expected “,” or “]”" },
    { "{\"a\" 1}", "1:4: expected “:”" },
    { "{\"a\": }", "1:7: expected a value but found “}”" },
    { "{\"a\": 1 \"b\": 2}", "1:7: expected “,” or “}”" },
    { "{,}", "1:1: expected a member name" },
    { "{\"a\": @}", "1:7: expected a value but found “@”" },
    { "{\"é\": ü}", "1:7: expected a value but found “ü”" },
    { "{\"a\": \x01}", "1:7: expected a value but found U+0001" },
    { "{\"a\": 1} x", "1:10: there is more text after the end" },
    { "{}\n\n  {}", "3:3: there is more text after the end" },
    { "\xef\xbb\xbf{\"a\": x}", "1:7: expected a value but found the word “x”" },
    /* The end of the file */
    { "{", "1:1: the file ends inside an object" },
    { "{\"a\"", "1:4: the file ends inside an object" },
    { "{\"a\":", "1:5: the file ends where a value was expected" },
    { "{\"a\": [1, 2,\n  ", "1:12: the file ends where a value was expected" },
    { "{\"a\": [1", "1:8: the file ends inside a list" },
    { "{\"a\": {\"b\": 1}\n", "1:14: the file ends inside an object" },
    { "{\"a\": \"abc", "1:11: the file ends in the middle of a string" },
    { "{\"a\": \"abc\\", "1:12: the file ends in the middle of a string" },
    { "{\"a\": \"abc\n  \n", "1:11: the file ends in the middle of a string" },
    /* Strings */
    { "{\"a\": \"x\\q\"}", "1:9: this backslash does not start a valid escape" },
    { "{\"a\": \"\\u12\"}", "1:8: this backslash does not start a valid escape" },
    { "{\"a\": \"\\u12G4\"}", "1:8: this backslash does not start a valid escape" },
    { "{\"a\": \"\\ud800\"}", "1:8: the escape stands for half of a character pair" },
    { "{\"a\": \"\\ud800\\u0041\"}", "1:8: the escape stands for half of a character pair" },
    { "{\"a\": \"\\udc00\\ud800\"}", "1:8: the escape stands for half of a character pair" },
    { "{\"\\udfff\": 1}", "1:3: the escape stands for half of a character pair" },
    { "{\"a\": \"tab\there\"}", "1:11: a control character inside a string" },
    { "{\"a\": \"line\nbreak\"}", "1:12: a control character inside a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(JsonNode) root = parse (cases[i].text, &error);

      g_test_message ("case %u: %s", i, error ? error->message : "(no error)");
      g_assert_null (root);
      g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX);
      g_assert_true (g_str_has_prefix (error->message, cases[i].prefix));
    }
}

/* {"a": [[[...]]]}, @depth levels deep */
static char *
nested (guint depth)
{
  GString *text = g_string_new ("{\"a\": ");

  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (text, ']');
  g_string_append_c (text, '}');
  return g_string_free (text, FALSE);
}

static void
test_depth (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *deepest = nested (BR_JSON_MAX_DEPTH);
  g_autofree char *too_deep = nested (BR_JSON_MAX_DEPTH + 1);
  g_autofree char *expected = g_strdup_printf ("1:%d: the values are nested more than %d deep",
                                               6 + BR_JSON_MAX_DEPTH, BR_JSON_MAX_DEPTH);
  BrJsonLimits shallow = BR_JSON_LIMITS_DEFAULT;
  g_autoptr(JsonNode) root = parse (deepest, &error);
  g_autoptr(GString) huge = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_nonnull (root);

  g_assert_null (parse (too_deep, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, expected));
  g_clear_error (&error);

  /* A loader may allow less; the list that is only checked counts too */
  shallow.max_depth = 3;
  root = br_json_parse_full ("[[[1]]]", 7, &shallow, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&root, json_node_unref);
  g_assert_null (br_json_parse_full ("[[[[1]]]]", 9, &shallow, NULL, NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "1:4: the values are nested more than 3 deep"));
  g_clear_error (&error);
  g_assert_null (br_json_parse_full ("{\"items\": [[[1]]]}", 18, &shallow, "items", NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "1:13: "));
  g_clear_error (&error);

  /* Far deeper than any stack: refused, not a crash */
  for (guint i = 0; i < 1000000; i++)
    g_string_append_c (huge, '[');
  g_assert_null (br_json_parse (huge->str, huge->len, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
}

static void
test_with_list (void)
{
  const char *text =
    "{\"items\": 5, \"format\": \"x\",\n"
    " \"items\": [ {\"id\": \"a\"} ,\n  [1, 2], \"s\" ],\n"
    " \"view\": {\"items\": [3]}}";
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) spans = NULL;
  g_autoptr(JsonNode) root = br_json_parse_with_list (text, strlen (text), "items", &spans, &error);
  const char *expected[] = { "{\"id\": \"a\"}", "[1, 2]", "\"s\"" };
  JsonObject *object;

  g_assert_no_error (error);
  object = json_node_get_object (root);
  /* The later "items" wins, and is left out of the tree; a nested one is not */
  g_assert_false (json_object_has_member (object, "items"));
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "x");
  g_assert_true (json_object_has_member (json_object_get_object_member (object, "view"), "items"));
  g_assert_nonnull (spans);
  g_assert_cmpuint (spans->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < spans->len; i++)
    {
      const BrJsonSpan *span = &g_array_index (spans, BrJsonSpan, i);

      g_assert_cmpmem (text + span->offset, span->length, expected[i], strlen (expected[i]));
    }
  g_clear_pointer (&root, json_node_unref);
  g_clear_pointer (&spans, g_array_unref);

  /* A later "items" that is not a list takes the place of the list */
  text = "{\"items\": [1], \"items\": 2}";
  root = br_json_parse_with_list (text, strlen (text), "items", &spans, &error);
  g_assert_no_error (error);
  g_assert_null (spans);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (root), "items"), ==, 2);
  g_clear_pointer (&root, json_node_unref);

  /* The elements are checked as part of the document */
  text = "{\"items\": [{}, {\"a\": tru}]}";
  g_assert_null (br_json_parse_with_list (text, strlen (text), "items", &spans, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "1:24: "));
  g_assert_null (spans);
}

/* "[U,U,...]" with @n elements */
static char *
repeat_list (const char *unit,
             guint       n)
{
  GString *text = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (text, ',');
      g_string_append (text, unit);
    }
  g_string_append_c (text, ']');
  return g_string_free (text, FALSE);
}

static void
test_budget_values (void)
{
  BrJsonLimits limits = BR_JSON_LIMITS_DEFAULT;
  g_autoptr(GError) error = NULL;
  g_autofree char *fits = repeat_list ("0", 9);
  g_autofree char *over = repeat_list ("0", 10);
  g_autofree char *deferred = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GArray) spans = NULL;

  /* The list and its nine numbers are ten values */
  limits.max_values = 10;
  root = br_json_parse_full (fits, strlen (fits), &limits, NULL, NULL, &error);
  g_assert_no_error (error);
  g_clear_pointer (&root, json_node_unref);

  /* The eleventh is refused where it starts: "[0,0,0,0,0,0,0,0,0,0]" */
  g_assert_null (br_json_parse_full (over, strlen (over), &limits, NULL, NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==,
                   "1:20: there are more than 10 values here, the most a file of this kind may hold; "
                   "the file was not read further");
  g_clear_error (&error);

  /* Each element of a deferred list counts once, however large it is
   * (what is inside is counted when the element is parsed): the root, the
   * three elements and "x" */
  limits.max_values = 5;
  deferred = g_strdup ("{\"items\": [[1, 2, 3, 4, 5], {}, 3], \"x\": 1}");
  root = br_json_parse_full (deferred, strlen (deferred), &limits, "items", &spans, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (spans->len, ==, 3);
  g_clear_pointer (&root, json_node_unref);
  g_clear_pointer (&spans, g_array_unref);
  limits.max_values = 4;
  g_assert_null (br_json_parse_full (deferred, strlen (deferred), &limits, "items", &spans, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_null (spans);
  g_clear_error (&error);

  /* Only what is built counts: the same text checks for a deferred list */
  limits.max_values = 1;
  g_assert_null (br_json_parse_full (over, strlen (over), &limits, NULL, NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "1:2: "));
  g_clear_error (&error);

  /* The text's own length */
  limits = BR_JSON_LIMITS_DEFAULT;
  limits.max_length = 4;
  g_assert_null (br_json_parse_full ("[1,2]", 5, &limits, NULL, NULL, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
}

static gsize
resident_bytes (void)
{
  g_autofree char *statm = NULL;
  g_auto(GStrv) fields = NULL;

  if (!g_file_get_contents ("/proc/self/statm", &statm, NULL, NULL))
    return 0;
  fields = g_strsplit (statm, " ", -1);
  return (gsize) g_ascii_strtoull (fields[1], NULL, 10) * (gsize) sysconf (_SC_PAGESIZE);
}

/* What building the tree of @text takes, measured in a child process
 * whose memory is fresh */
static gsize
measure_tree (const char *text)
{
  int fds[2];
  pid_t pid;
  guint64 used = 0;
  int status;

  g_assert_no_errno (pipe (fds));
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      BrJsonLimits limits = { G_MAXSIZE - 1, BR_JSON_MAX_DEPTH, G_MAXUINT, G_MAXSIZE };
      gsize before, after;
      JsonNode *root;

      close (fds[0]);
      malloc_trim (0);
      before = resident_bytes ();
      root = br_json_parse_full (text, strlen (text), &limits, NULL, NULL, NULL);
      after = resident_bytes ();
      used = root != NULL && after > before ? after - before : 0;
      if (write (fds[1], &used, sizeof used) != sizeof used)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  g_assert_cmpint (read (fds[0], &used, sizeof used), ==, sizeof used);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 0);
  return used;
}

/* Whether @text fits a budget of @memory bytes of tree */
static gboolean
fits_budget (const char *text,
             gsize       memory)
{
  BrJsonLimits limits = BR_JSON_LIMITS_DEFAULT;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  limits.max_values = G_MAXUINT;
  limits.max_memory = memory;
  root = br_json_parse_full (text, strlen (text), &limits, NULL, NULL, &error);
  g_assert_true (root != NULL || g_error_matches (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE));
  return root != NULL;
}

/* The memory estimate follows what json-glib allocates: never much less
 * (the budget would let a document take more than it says), nor so much
 * more that ordinary documents are refused */
static void
test_budget_memory (void)
{
  static const char * const units[] = {
    "{}", "0", "1.5", "true", "[]", "\"\"", "\"a fairly long string of text, seventy characters long or so, see\"",
    "{\"k\": 0}", "{\"a\": 1, \"b\": \"c\"}", "[0, 0]", "[[]]", "{\"a\": {\"b\": [1, {}]}}",
    "{\"id\": \"a1\", \"kind\": \"rectangle\", \"x\": 10.5, \"y\": -3, \"width\": 120, \"height\": 60}",
  };

  char *texts[G_N_ELEMENTS (units)];
  gsize used[G_N_ELEMENTS (units)];

#if defined(__SANITIZE_ADDRESS__)
  g_test_skip ("memory is not measured under AddressSanitizer, which keeps its own");
  return;
#endif

  /* Measured first, before the estimates build and free trees whose
   * memory a child would reuse without it showing */
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      texts[i] = repeat_list (units[i], 20000);
      used[i] = measure_tree (texts[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      g_test_message ("%s: %.0f bytes a value", units[i], used[i] / 20000.0);
      g_assert_false (fits_budget (texts[i], used[i] / 100 * 85));
      g_assert_true (fits_budget (texts[i], used[i] * 2));
      g_free (texts[i]);
    }
}

/* The root's strings, numbers and words only; the rest checked */
static void
test_shallow (void)
{
  const char *text = "{\"a\": [1, {\"b\": 2}], \"type\": \"x\", \"n\": 3, \"type\": \"y\","
                     " \"o\": {\"type\": \"z\"}, \"n\": [], \"t\": true, \"z\": null}";
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = br_json_parse_shallow (text, strlen (text), &error);
  JsonObject *object;

  g_assert_no_error (error);
  object = json_node_get_object (root);
  g_assert_cmpuint (json_object_get_size (object), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (object, "type"), ==, "y");
  g_assert_true (json_object_get_boolean_member (object, "t"));
  g_assert_true (json_object_get_null_member (object, "z"));
  /* A later list takes the place of an earlier number, and is left out */
  g_assert_false (json_object_has_member (object, "n"));
  g_clear_pointer (&root, json_node_unref);

  /* What is left out is still checked */
  text = "{\"type\": \"x\", \"a\": [1, tru]}";
  g_assert_null (br_json_parse_shallow (text, strlen (text), &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "1:26: expected a value but found the word “tru”"));
  g_clear_error (&error);

  /* A root that is not an object is built as it is */
  root = br_json_parse_shallow ("[1, [2]]", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);
}

/* The one writer: a tree written by br_json_write_node() reads back as
 * the same tree, doubles json-glib would write as invalid JSON included,
 * members in the order they were added */
static void
test_write_node (void)
{
  static const double doubles[] = { 1e-13, 2.5, -0.1, 1e300, 3, 0.30000000000000004 };
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) back = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) one_line = g_string_new (NULL);
  const char *text;
  gsize length;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "zeta");
  json_builder_add_string_value (builder, "quote \" backslash \\ tab \t bell \a é");
  json_builder_set_member_name (builder, "alpha");
  json_builder_begin_array (builder);
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    json_builder_add_double_value (builder, doubles[i]);
  json_builder_add_int_value (builder, G_MININT64);
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_add_null_value (builder);
  json_builder_begin_object (builder);
  json_builder_end_object (builder);
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  bytes = br_json_node_to_bytes (root, 1);
  text = g_bytes_get_data (bytes, &length);
  g_assert_nonnull (strstr (text, "1e-13"));
  g_assert_null (strstr (text, "1e-13.0"));
  g_assert_true (strstr (text, "\"zeta\"") < strstr (text, "\"alpha\""));
  g_assert_true (g_str_has_suffix (text, "}\n"));
  g_assert_nonnull (strstr (text, "\n  {}"));

  back = br_json_parse (text, length, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (root, back));
  for (guint i = 0; i < G_N_ELEMENTS (doubles); i++)
    {
      JsonNode *element = json_array_get_element (json_object_get_array_member (json_node_get_object (back), "alpha"), i);

      g_assert_cmpfloat (json_node_get_double (element), ==, doubles[i]);
    }

  /* Without an indent, one line */
  br_json_write_node (one_line, root, 0);
  g_assert_null (strchr (one_line->str, '\n'));
  g_clear_pointer (&back, json_node_unref);
  back = br_json_parse (one_line->str, one_line->len, &error);
  g_assert_no_error (error);
  g_assert_true (json_node_equal (root, back));
}

/* The one identifier rule of each kind, and the one line:column counter */
static void
test_ids (void)
{
  const char *slugs[] = { "cap-theorem", "a", "week-12", "3", NULL };
  const char *not_slugs[] = { "", "-a", "a-", "a--b", "Cap", "a_b", "a b", "é", NULL };
  const char *names[] = { "a", "A_b-9", "item-0001", NULL };
  const char *not_names[] = { "", "a b", "a/b", "..", "é", NULL };
  char long_name[BR_ID_MAX_LENGTH + 2];

  for (guint i = 0; slugs[i]; i++)
    g_assert_true (br_id_is_slug (slugs[i]));
  for (guint i = 0; not_slugs[i]; i++)
    g_assert_false (br_id_is_slug (not_slugs[i]));
  g_assert_false (br_id_is_slug (NULL));
  for (guint i = 0; names[i]; i++)
    g_assert_true (br_id_is_name (names[i]));
  for (guint i = 0; not_names[i]; i++)
    g_assert_false (br_id_is_name (not_names[i]));
  g_assert_false (br_id_is_name (NULL));

  memset (long_name, 'x', sizeof long_name);
  long_name[BR_ID_MAX_LENGTH] = '\0';
  g_assert_true (br_id_is_name (long_name));
  long_name[BR_ID_MAX_LENGTH] = 'x';
  long_name[BR_ID_MAX_LENGTH + 1] = '\0';
  g_assert_false (br_id_is_name (long_name));
}

static void
test_locate_byte (void)
{
  /* "é" is two bytes and one column; the end of the text is a place too */
  const char *text = "ab\n\xc3\xa9x\n";
  gsize length = strlen (text);
  guint line, column;

  br_doc_locate_byte (text, length, text, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 1);
  br_doc_locate_byte (text, length, text + 2, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 3);
  br_doc_locate_byte (text, length, text + 5, &line, &column);
  g_assert_cmpuint (line, ==, 2);
  g_assert_cmpuint (column, ==, 2);
  br_doc_locate_byte (text, length, text + length, &line, &column);
  g_assert_cmpuint (line, ==, 3);
  g_assert_cmpuint (column, ==, 1);
  /* Never past the length it is given */
  br_doc_locate_byte (text, 2, text + length, &line, &column);
  g_assert_cmpuint (line, ==, 1);
  g_assert_cmpuint (column, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-parse/numbers", test_numbers);
  g_test_add_func ("/json-parse/numbers-round-trip", test_numbers_round_trip);
  g_test_add_func ("/json-parse/strings", test_strings);
  g_test_add_func ("/json-parse/structure", test_structure);
  g_test_add_func ("/json-parse/same-tree-as-json-glib", test_same_tree_as_json_glib);
  g_test_add_func ("/json-parse/errors", test_errors);
  g_test_add_func ("/json-parse/depth", test_depth);
  g_test_add_func ("/json-parse/with-list", test_with_list);
  g_test_add_func ("/json-parse/shallow", test_shallow);
  g_test_add_func ("/json-parse/budget/values", test_budget_values);
  g_test_add_func ("/json-parse/budget/memory", test_budget_memory);
  g_test_add_func ("/json-parse/write-node", test_write_node);
  g_test_add_func ("/json-parse/ids", test_ids);
  g_test_add_func ("/json-parse/locate-byte", test_locate_byte);

  return g_test_run ();
}
