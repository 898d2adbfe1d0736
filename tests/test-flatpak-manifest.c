/* test-flatpak-manifest.c
 *
 * Copyright 2026 The Bar Raiser authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Checks the Flatpak manifest named by $BR_FLATPAK_MANIFEST: the app id, the
 * GNOME runtime and SDK, the command, the last module (built with meson from
 * the source tree) and that the sandbox asks for no more than the app needs.
 */

#include <string.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#define APP_ID "io.github.barraiser.BarRaiser"

#define BR_MANIFEST_ERROR (br_manifest_error_quark ())

typedef enum
{
  BR_MANIFEST_ERROR_INVALID,
} BrManifestError;

GQuark br_manifest_error_quark (void);
G_DEFINE_QUARK (br-manifest-error-quark, br_manifest_error)

/* Everything the app may ask of the sandbox. Anything else (a file system,
 * the network, the session bus...) must be argued for and added here. */
static const char * const allowed_finish_args[] = {
  "--share=ipc",
  "--socket=wayland",
  "--socket=fallback-x11",
  "--device=dri",
  NULL
};

/* The string value of @member, or %NULL when it is missing or not a string. */
static const char *
get_string_member (JsonObject *object,
                   const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node)
      || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static gboolean
check_string_member (JsonObject  *object,
                     const char  *member,
                     const char  *expected,
                     GError     **error)
{
  const char *value = get_string_member (object, member);

  if (value == NULL)
    {
      g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                   "$.%s: expected the string '%s', but it is missing or not a string",
                   member, expected);
      return FALSE;
    }

  if (g_strcmp0 (value, expected) != 0)
    {
      g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                   "$.%s: expected '%s', found '%s'", member, expected, value);
      return FALSE;
    }

  return TRUE;
}

/* A released runtime: "49" or "49.1", never "master" or a branch name. */
static gboolean
is_numbered_version (const char *version)
{
  const char *p = version;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  if (*p == '\0')
    return TRUE;
  if (*p != '.')
    return FALSE;
  p++;

  if (!g_ascii_isdigit (*p))
    return FALSE;
  while (g_ascii_isdigit (*p))
    p++;

  return *p == '\0';
}

static gboolean
check_runtime_version (JsonObject  *manifest,
                       GError     **error)
{
  const char *version = get_string_member (manifest, "runtime-version");

  if (version == NULL)
    {
      g_set_error_literal (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                           "$.runtime-version: expected a version string such as '49', "
                           "but it is missing or not a string");
      return FALSE;
    }

  if (!is_numbered_version (version))
    {
      g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                   "$.runtime-version: expected a numbered release such as '49' "
                   "or '49.1', found '%s'", version);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_finish_args (JsonObject  *manifest,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (manifest, "finish-args");
  JsonArray *args;
  guint n_args;

  /* No finish-args at all is the smallest sandbox there is. */
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error_literal (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                           "$.finish-args: expected an array of strings");
      return FALSE;
    }

  args = json_node_get_array (node);
  n_args = json_array_get_length (args);

  for (guint i = 0; i < n_args; i++)
    {
      JsonNode *element = json_array_get_element (args, i);
      const char *arg;

      if (!JSON_NODE_HOLDS_VALUE (element)
          || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                       "$.finish-args[%u]: expected a string", i);
          return FALSE;
        }

      arg = json_node_get_string (element);
      if (!g_strv_contains (allowed_finish_args, arg))
        {
          g_autofree char *allowed = g_strjoinv (", ", (char **) allowed_finish_args);

          g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                       "$.finish-args[%u]: '%s' is not allowed; the app may only ask for %s",
                       i, arg, allowed);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
check_app_module (JsonObject  *manifest,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (manifest, "modules");
  JsonArray *modules;
  JsonObject *module;
  JsonArray *sources;
  guint n_modules;
  guint last;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node)
      || json_array_get_length (json_node_get_array (node)) == 0)
    {
      g_set_error_literal (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                           "$.modules: expected a non-empty array of modules");
      return FALSE;
    }

  modules = json_node_get_array (node);
  n_modules = json_array_get_length (modules);
  last = n_modules - 1;

  node = json_array_get_element (modules, last);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                   "$.modules[%u]: the app's own module must be written inline as an object",
                   last);
      return FALSE;
    }
  module = json_node_get_object (node);

  if (g_strcmp0 (get_string_member (module, "buildsystem"), "meson") != 0)
    {
      g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                   "$.modules[%u].buildsystem: expected 'meson'", last);
      return FALSE;
    }

  node = json_object_get_member (module, "sources");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                   "$.modules[%u].sources: expected an array of sources", last);
      return FALSE;
    }
  sources = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (sources); i++)
    {
      JsonNode *source = json_array_get_element (sources, i);

      if (JSON_NODE_HOLDS_OBJECT (source)
          && g_strcmp0 (get_string_member (json_node_get_object (source), "type"), "dir") == 0)
        return TRUE;
    }

  g_set_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
               "$.modules[%u].sources: expected a source of type 'dir' (the source tree)",
               last);
  return FALSE;
}

static gboolean
br_check_manifest (JsonNode  *root,
                   GError   **error)
{
  JsonObject *manifest;

  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID,
                           "$: expected a JSON object");
      return FALSE;
    }
  manifest = json_node_get_object (root);

  return check_string_member (manifest, "id", APP_ID, error)
      && check_string_member (manifest, "runtime", "org.gnome.Platform", error)
      && check_runtime_version (manifest, error)
      && check_string_member (manifest, "sdk", "org.gnome.Sdk", error)
      && check_string_member (manifest, "command", "bar-raiser", error)
      && check_app_module (manifest, error)
      && check_finish_args (manifest, error);
}

static JsonParser *
parse_data (const char *data)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, data, -1, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&parser);
}

static void
test_manifest_file (void)
{
  const char *path = g_getenv ("BR_FLATPAK_MANIFEST");
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;

  if (path == NULL || path[0] == '\0')
    {
      g_test_fail_printf ("BR_FLATPAK_MANIFEST is not set: run this test with "
                          "`meson test flatpak-manifest`, or set it to the path of "
                          "flatpak/" APP_ID ".json");
      return;
    }

  parser = json_parser_new ();
  if (!json_parser_load_from_file (parser, path, &error))
    {
      g_test_fail_printf ("%s: %s", path, error->message);
      return;
    }

  if (!br_check_manifest (json_parser_get_root (parser), &error))
    g_test_fail_printf ("%s: %s", path, error->message);
}

static const char good_manifest[] =
  "{"
  "  \"id\": \"io.github.barraiser.BarRaiser\","
  "  \"runtime\": \"org.gnome.Platform\","
  "  \"runtime-version\": \"49.1\","
  "  \"sdk\": \"org.gnome.Sdk\","
  "  \"command\": \"bar-raiser\","
  "  \"finish-args\": [\"--share=ipc\", \"--socket=wayland\"],"
  "  \"modules\": ["
  "    \"shared-modules/libfoo.json\","
  "    {"
  "      \"name\": \"bar-raiser\","
  "      \"buildsystem\": \"meson\","
  "      \"sources\": [{ \"type\": \"dir\", \"path\": \"..\" }]"
  "    }"
  "  ]"
  "}";

static void
test_accepts_minimal (void)
{
  g_autoptr(JsonParser) parser = parse_data (good_manifest);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = br_check_manifest (json_parser_get_root (parser), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
test_rejects_filesystem_home (void)
{
  static const char manifest[] =
    "{"
    "  \"id\": \"io.github.barraiser.BarRaiser\","
    "  \"runtime\": \"org.gnome.Platform\","
    "  \"runtime-version\": \"50\","
    "  \"sdk\": \"org.gnome.Sdk\","
    "  \"command\": \"bar-raiser\","
    "  \"finish-args\": [\"--share=ipc\", \"--socket=wayland\", \"--filesystem=home\"],"
    "  \"modules\": [{"
    "    \"name\": \"bar-raiser\","
    "    \"buildsystem\": \"meson\","
    "    \"sources\": [{ \"type\": \"dir\", \"path\": \"..\" }]"
    "  }]"
    "}";
  g_autoptr(JsonParser) parser = parse_data (manifest);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = br_check_manifest (json_parser_get_root (parser), &error);
  g_assert_false (ok);
  g_assert_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "--filesystem=home"));
  g_assert_nonnull (strstr (error->message, "$.finish-args[2]"));
}

typedef struct
{
  const char *name;
  const char *from;
  const char *to;
  const char *message;
} BadCase;

/* Each case breaks the good manifest in one place. */
static const BadCase bad_cases[] = {
  { "share-network", "\"--socket=wayland\"", "\"--share=network\"", "'--share=network' is not allowed" },
  { "session-bus", "\"--socket=wayland\"", "\"--socket=session-bus\"", "'--socket=session-bus'" },
  { "non-string-arg", "\"--socket=wayland\"", "42", "$.finish-args[1]: expected a string" },
  { "master-runtime", "\"49.1\"", "\"master\"", "found 'master'" },
  { "two-dots", "\"49.1\"", "\"49.1.2\"", "$.runtime-version" },
  { "empty-version", "\"49.1\"", "\"\"", "$.runtime-version" },
  { "wrong-id", "\"io.github.barraiser.BarRaiser\"", "\"org.example.App\"", "$.id" },
  { "wrong-runtime", "\"org.gnome.Platform\"", "\"org.kde.Platform\"", "$.runtime" },
  { "wrong-sdk", "\"org.gnome.Sdk\"", "\"org.freedesktop.Sdk\"", "$.sdk" },
  { "wrong-command", "\"command\": \"bar-raiser\"", "\"command\": \"sh\"", "$.command" },
  { "cmake", "\"meson\"", "\"cmake-ninja\"", "$.modules[1].buildsystem" },
  { "git-source", "\"type\": \"dir\"", "\"type\": \"git\"", "$.modules[1].sources" },
};

static void
test_rejects_bad (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GString) text = g_string_new (good_manifest);
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  guint replaced;

  replaced = g_string_replace (text, bad->from, bad->to, 1);
  g_assert_cmpuint (replaced, ==, 1);

  parser = parse_data (text->str);
  g_assert_false (br_check_manifest (json_parser_get_root (parser), &error));
  g_assert_error (error, BR_MANIFEST_ERROR, BR_MANIFEST_ERROR_INVALID);
  if (strstr (error->message, bad->message) == NULL)
    g_error ("expected an error mentioning '%s', got '%s'", bad->message, error->message);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flatpak-manifest/file", test_manifest_file);
  g_test_add_func ("/flatpak-manifest/accepts-minimal", test_accepts_minimal);
  g_test_add_func ("/flatpak-manifest/rejects-filesystem-home", test_rejects_filesystem_home);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/flatpak-manifest/rejects/%s",
                                               bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_rejects_bad);
    }

  return g_test_run ();
}
