/* test-json-reader.c — the located, strict JSON reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-json-reader.h"

static BrJsonReader *
reader_for (const char *text,
            GError    **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  return br_json_reader_new (bytes, 1 << 20, error);
}

static void
test_locate (void)
{
  const char *text =
    "{\n"
    "  \"a\": [1, {\"b\": \"x\"}, [true]],\n"
    "  \"weird key\\\"\": { \"c\" : null },\n"
    "  \"é\": \"ü\", \"d\": 5\n"
    "}";
  struct {
    const char *path;
    gboolean found;
    guint line, column;
  } cases[] = {
    { "$", TRUE, 1, 1 },
    { "$.a", TRUE, 2, 8 },
    { "$.a[0]", TRUE, 2, 9 },
    { "$.a[1]", TRUE, 2, 12 },
    { "$.a[1].b", TRUE, 2, 18 },
    { "$.a[2][0]", TRUE, 2, 25 },
    { "$[\"weird key\\\"\"].c", TRUE, 3, 26 },
    { "$.d", TRUE, 4, 18 },
    { "$.a[7]", FALSE, 2, 8 },
    { "$.missing", FALSE, 1, 1 },
    { "$.a[1].b.deeper", FALSE, 2, 18 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint line = 0, column = 0;
      gboolean found = br_json_locate (text, strlen (text), cases[i].path, &line, &column);

      g_test_message ("%s -> %u:%u", cases[i].path, line, column);
      g_assert_cmpint (found, ==, cases[i].found);
      g_assert_cmpuint (line, ==, cases[i].line);
      g_assert_cmpuint (column, ==, cases[i].column);
    }

  /* A byte order mark is not a column, as for the parser */
  {
    const char *bom = "\xef\xbb\xbf{\"é\": 1,\n \"b\": 2}";
    guint line = 0, column = 0;

    g_assert_true (br_json_locate (bom, strlen (bom), "$.é", &line, &column));
    g_assert_cmpuint (line, ==, 1);
    g_assert_cmpuint (column, ==, 7);
    g_assert_true (br_json_locate (bom, strlen (bom), "$.b", &line, &column));
    g_assert_cmpuint (line, ==, 2);
    g_assert_cmpuint (column, ==, 7);
  }
}

static void
test_locate_garbage (void)
{
  /* Never reads past the end, whatever it is given */
  const char *texts[] = { "", "{", "[", "\"", "{\"a\"", "{\"a\":", "[1,", "{\"a\\", "\"\\u12" };
  const char *paths[] = { "$", "$.a", "$[0]", "$[\"a", "$[99999999999]", "$.", "$x" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    for (guint j = 0; j < G_N_ELEMENTS (paths); j++)
      {
        g_autofree char *copy = g_memdup2 (texts[i], strlen (texts[i]));
        guint line, column;

        br_json_locate (copy, strlen (texts[i]), paths[j], &line, &column);
        g_assert_cmpuint (line, >=, 1);
      }
}

static void
test_errors_are_located (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrJsonReader) reader = NULL;
  JsonObject *root;
  const char *s;
  gint64 n;
  double d;
  gboolean b;
  g_auto(GStrv) strv = NULL;

  reader = reader_for ("{\n \"s\": 3,\n \"n\": \"x\",\n \"e\": \"\",\n \"l\": [\"a\", 2],\n \"r\": 99, \"f\": 1.5, \"b\": 1\n}", &error);
  g_assert_no_error (error);
  root = br_json_reader_get_root (reader);

  g_assert_false (br_json_reader_get_string (reader, root, "s", BR_JSON_REQUIRED, &s, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_assert_cmpstr (error->message, ==, "2:7: $.s: expected a string but found a whole number");
  g_clear_error (&error);

  g_assert_false (br_json_reader_get_int (reader, root, "n", BR_JSON_REQUIRED, 0, 10, &n, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_assert_true (g_str_has_prefix (error->message, "3:7: $.n: "));
  g_clear_error (&error);

  g_assert_false (br_json_reader_get_string (reader, root, "e", BR_JSON_REQUIRED, &s, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_EMPTY);
  g_clear_error (&error);
  g_assert_true (br_json_reader_get_string (reader, root, "e", BR_JSON_ALLOW_EMPTY, &s, &error));
  g_assert_cmpstr (s, ==, "");

  g_assert_false (br_json_reader_get_strv (reader, root, "l", BR_JSON_REQUIRED, 0, 5, &strv, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_assert_true (g_str_has_prefix (error->message, "5:13: $.l[1]: "));
  g_clear_error (&error);

  g_assert_false (br_json_reader_get_int (reader, root, "r", BR_JSON_REQUIRED, 0, 10, &n, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  g_clear_error (&error);

  g_assert_false (br_json_reader_get_int (reader, root, "f", BR_JSON_REQUIRED, 0, 10, &n, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_clear_error (&error);
  g_assert_true (br_json_reader_get_double (reader, root, "f", BR_JSON_REQUIRED, 0, 10, &d, &error));
  g_assert_cmpfloat (d, ==, 1.5);

  g_assert_false (br_json_reader_get_boolean (reader, root, "b", BR_JSON_REQUIRED, &b, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_clear_error (&error);

  g_assert_false (br_json_reader_get_string (reader, root, "absent", BR_JSON_REQUIRED, &s, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_MISSING);
  g_assert_true (g_str_has_prefix (error->message, "1:1: $: "));
  g_clear_error (&error);
  s = "unchanged";
  g_assert_true (br_json_reader_get_string (reader, root, "absent", BR_JSON_OPTIONAL, &s, &error));
  g_assert_null (s);

  {
    static const char * const allowed[] = { "s", "n", "e", "l", "r", "f", NULL };
    g_assert_false (br_json_reader_check_members (reader, root, allowed, &error));
    g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_FIELD);
    g_assert_true (g_str_has_prefix (error->message, "6:26: $.b: "));
  }
}

static void
test_document_errors (void)
{
  struct {
    const char *text;
    int code;
    const char *prefix;
    gsize length; /* 0: up to the NUL */
  } cases[] = {
    { "", BR_DOC_ERROR_SYNTAX, "1:1: " },
    { "   ", BR_DOC_ERROR_SYNTAX, "1:1: " },
    { "{\n  \"a\": [1,\n}", BR_DOC_ERROR_SYNTAX, "3:1: " },
    { "[1, 2]", BR_DOC_ERROR_TYPE, "1:1: $: " },
    { "{\"a\": 1} {\"b\": 2}", BR_DOC_ERROR_SYNTAX, "1:10: " },
    { "[1]\n  x", BR_DOC_ERROR_SYNTAX, "2:3: " },
    { " \"ss\"{ \"ft\": 1 }", BR_DOC_ERROR_SYNTAX, "1:6: " },
    { "5 {\"a\": 1}", BR_DOC_ERROR_SYNTAX, "1:3: " },
    { "true [1]", BR_DOC_ERROR_SYNTAX, "1:6: " },
    { "{\"\\uda0e\\uda0e\n\"", BR_DOC_ERROR_SYNTAX, "1:3: " },
    { "{\"a\": \"\\udc00\"}", BR_DOC_ERROR_SYNTAX, "1:8: " },
    { "{\"a\": \"\\udaes\"}", BR_DOC_ERROR_SYNTAX, "1:8: " },
    { "{\"a\": \"x\\q\"}", BR_DOC_ERROR_SYNTAX, "1:9: " },
    { "{\"a\": \"tab\there\"}", BR_DOC_ERROR_SYNTAX, "1:11: " },
    { "{\"a\": 1, \"start\n", BR_DOC_ERROR_SYNTAX, "1:16: the file ends in the middle of a string" },
    { "\"text\"", BR_DOC_ERROR_TYPE, "1:1: $: " },
    { "{\"a\": \"\xc3\x28\"}", BR_DOC_ERROR_INVALID_UTF8, "1:8: " },
    { "{\n\"a\": 1\x00}", BR_DOC_ERROR_INVALID_UTF8, "2:7: ", 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(BrJsonReader) reader = NULL;
      gsize length = cases[i].length ? cases[i].length : strlen (cases[i].text);

      bytes = g_bytes_new (cases[i].text, length);
      reader = br_json_reader_new (bytes, 1 << 20, &error);
      g_test_message ("case %u: %s", i, error ? error->message : "(no error)");
      g_assert_null (reader);
      g_assert_error (error, BR_DOC_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, cases[i].prefix));
    }
}

/* A surrogate pair is one character; an escaped backslash is not an escape */
static void
test_surrogates_accepted (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrJsonReader) reader = reader_for ("{\"a\": \"\\ud83d\\ude00 and \\\\ud800\"}", &error);
  const char *value;

  g_assert_no_error (error);
  g_assert_true (br_json_reader_get_string (reader, br_json_reader_get_root (reader), "a",
                                            BR_JSON_REQUIRED, &value, &error));
  g_assert_cmpstr (value, ==, "\xf0\x9f\x98\x80 and \\ud800");
}

static void
test_too_large (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new ("{\"a\": 1}", 8);
  g_autoptr(BrJsonReader) reader = br_json_reader_new (bytes, 7, &error);

  g_assert_null (reader);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TOO_LARGE);
}

static void
test_ids (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BrJsonReader) reader = NULL;
  JsonObject *root;
  JsonArray *array;
  const char *id;
  const char *bad[] = { "questions/", "questions/Design", "questions/a--b", "questions/-a",
                        "questions/a-", "question/a", "questions/a b", "questions/a/b" };

  reader = reader_for ("{\"list\": [{\"id\": \"questions/design-s3\"}, {\"id\": \"questions/design-s3\"},"
                       " {\"id\": \"principles/x\"}], \"refs\": [\"questions/design-s3\", \"principles/x\"],"
                       " \"bad\": [\"questions/nope\"]}", &error);
  g_assert_no_error (error);
  root = br_json_reader_get_root (reader);
  array = json_object_get_array_member (root, "list");

  g_assert_true (br_json_reader_define_id (reader, json_array_get_object_element (array, 0), "questions/", &id, &error));
  g_assert_cmpstr (id, ==, "questions/design-s3");
  g_assert_false (br_json_reader_define_id (reader, json_array_get_object_element (array, 1), "questions/", &id, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_DUPLICATE_ID);
  g_clear_error (&error);
  g_assert_false (br_json_reader_define_id (reader, json_array_get_object_element (array, 2), "questions/", &id, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_INVALID_ID);
  g_clear_error (&error);

  g_assert_true (br_json_reader_check_refs (reader, root, "refs", "questions/", &error) == FALSE);
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE);
  g_assert_true (strstr (error->message, "$.refs[1]") != NULL);
  g_clear_error (&error);
  g_assert_false (br_json_reader_check_refs (reader, root, "bad", "questions/", &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_UNKNOWN_REFERENCE);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"id\": \"%s\"}", bad[i]);
      g_autoptr(BrJsonReader) r = reader_for (text, NULL);

      g_assert_false (br_json_reader_define_id (r, br_json_reader_get_root (r), "questions/", &id, &error));
      g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_INVALID_ID);
      g_clear_error (&error);
    }
}

static void
test_format (void)
{
  struct {
    const char *text;
    int code;
  } cases[] = {
    { "{\"format\": \"x\", \"version\": 1}", 0 },
    { "{\"format\": \"x\", \"version\": 2}", 0 },
    { "{\"format\": \"y\", \"version\": 1}", BR_DOC_ERROR_FORMAT },
    { "{\"version\": 1}", BR_DOC_ERROR_MISSING },
    { "{\"format\": \"x\", \"version\": 3}", BR_DOC_ERROR_VERSION },
    { "{\"format\": \"x\", \"version\": 0}", BR_DOC_ERROR_VERSION },
    { "{\"format\": \"x\", \"version\": \"1\"}", BR_DOC_ERROR_TYPE },
    { "{\"format\": \"x\", \"version\": 1.0}", BR_DOC_ERROR_TYPE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BrJsonReader) reader = reader_for (cases[i].text, &error);
      gint64 version = 0;
      gboolean ok;

      g_assert_no_error (error);
      ok = br_json_reader_check_format (reader, "x", 2, &version, &error);
      if (cases[i].code == 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpint (version, >=, 1);
        }
      else
        {
          g_assert_false (ok);
          g_assert_error (error, BR_DOC_ERROR, cases[i].code);
        }
    }
}

/* A long list read one element at a time, as the board loader does */
static void
test_list (void)
{
  const char *text = "{\"n\": 1, \"items\": [\n {\"a\": 1},\n 7,\n {\"a\": \"x\"}\n]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(BrJsonReader) reader = br_json_reader_new_with_list (bytes, 1 << 20, "items", &error);
  JsonObject *root, *object;
  guint length;
  gint64 a;

  g_assert_no_error (error);
  root = br_json_reader_get_root (reader);
  g_assert_false (json_object_has_member (root, "items"));
  g_assert_cmpint (json_object_get_int_member (root, "n"), ==, 1);

  g_assert_false (br_json_reader_get_list (reader, 0, 2, &length, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_RANGE);
  g_assert_true (g_str_has_prefix (error->message, "1:19: $.items: "));
  g_clear_error (&error);
  g_assert_true (br_json_reader_get_list (reader, 0, 10, &length, &error));
  g_assert_cmpuint (length, ==, 3);

  br_json_reader_push_member (reader, "items");
  g_assert_true (br_json_reader_get_list_object (reader, 0, &object, &error));
  g_assert_true (br_json_reader_get_int (reader, object, "a", BR_JSON_REQUIRED, 0, 5, &a, &error));
  g_assert_cmpint (a, ==, 1);
  br_json_reader_pop (reader);

  g_assert_false (br_json_reader_get_list_object (reader, 1, &object, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_assert_cmpstr (error->message, ==, "3:2: $.items[1]: expected an object but found a whole number");
  g_clear_error (&error);

  g_assert_true (br_json_reader_get_list_object (reader, 2, &object, &error));
  g_assert_false (br_json_reader_get_int (reader, object, "a", BR_JSON_REQUIRED, 0, 5, &a, &error));
  g_assert_error (error, BR_DOC_ERROR, BR_DOC_ERROR_TYPE);
  g_assert_true (g_str_has_prefix (error->message, "4:8: $.items[2].a: "));
  g_clear_error (&error);
  br_json_reader_pop (reader);
  br_json_reader_pop (reader);

  /* Absent, or not a list */
  for (guint i = 0; i < 2; i++)
    {
      const char *texts[] = { "{\"n\": 1}", "{\"items\": {}}" };
      int codes[] = { BR_DOC_ERROR_MISSING, BR_DOC_ERROR_TYPE };
      g_autoptr(GBytes) b = g_bytes_new_static (texts[i], strlen (texts[i]));
      g_autoptr(BrJsonReader) r = br_json_reader_new_with_list (b, 1 << 20, "items", &error);

      g_assert_no_error (error);
      g_assert_false (br_json_reader_get_list (r, 0, 10, &length, &error));
      g_assert_error (error, BR_DOC_ERROR, codes[i]);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-reader/locate", test_locate);
  g_test_add_func ("/json-reader/locate-garbage", test_locate_garbage);
  g_test_add_func ("/json-reader/errors-are-located", test_errors_are_located);
  g_test_add_func ("/json-reader/document-errors", test_document_errors);
  g_test_add_func ("/json-reader/too-large", test_too_large);
  g_test_add_func ("/json-reader/surrogates-accepted", test_surrogates_accepted);
  g_test_add_func ("/json-reader/ids", test_ids);
  g_test_add_func ("/json-reader/format", test_format);
  g_test_add_func ("/json-reader/list", test_list);

  return g_test_run ();
}
