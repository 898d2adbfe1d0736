/* test-guide-style.c — the built-in guide's spelling and titles
 *
 * Every word of every string of the built-in guide must be American
 * English: in the system's American word list (Debian's wamerican,
 * /usr/share/dict/american-english) or in the project's dictionary of
 * technical terms (tests/data/spelling/dictionary.txt), and never one of
 * the British spellings of tests/data/spelling/british.txt, which the word
 * list also holds ("catalogue", "modelling", "practise"). Quotations use
 * curly quotes, no string holds "&" or "<" (rows and toasts read text as
 * markup), and titles follow one capitalization rule (see
 * data/content/FORMAT.md, "The style of the built-in guide").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <json-glib/json-glib.h>
#include <string.h>

#include "br-guide.h"

#define WORD_LIST "/usr/share/dict/american-english"

/* A line of british.txt: a word, "stem*" for every word starting with the
 * stem, "*ending" for every word ending so, "*part*" for every word
 * holding it */
typedef struct {
  char *core;
  gboolean any_start;
  gboolean any_end;
  char *american;
} Pattern;

static void
pattern_clear (Pattern *pattern)
{
  g_free (pattern->core);
  g_free (pattern->american);
}

typedef struct {
  char *word_list;        /* the word list's text, one word a line */
  GHashTable *words;      /* the word list, as written (in word_list) */
  GHashTable *folded;     /* its words with capitals, in lowercase */
  GHashTable *project;    /* the project's terms, lowercase */
  GArray *british;        /* Pattern */
  GHashTable *unknown;    /* word -> where it was first seen */
  GHashTable *checked;    /* words already found right */
  GString *problems;
} Checker;

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", "spelling", name, NULL);
}

/* The lines of a file that are not empty or comments */
static GStrv
read_lines (const char *path)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (!g_file_get_contents (path, &contents, NULL, &error))
    g_error ("%s (the spelling test needs it: on Debian, install wamerican)", error->message);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      if (*line != '\0' && *line != '#')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

/* Reads the system's word list into sets that point into its text: a
 * hundred thousand words, read without an allocation each */
static void
read_word_list (Checker *self)
{
  g_autoptr(GError) error = NULL;
  char *line;
  char *next;

  if (!g_file_get_contents (WORD_LIST, &self->word_list, NULL, &error))
    g_error ("%s (the spelling test needs it: on Debian, install wamerican)", error->message);

  self->words = g_hash_table_new (g_str_hash, g_str_equal);
  self->folded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (line = self->word_list; *line != '\0'; line = next)
    {
      gboolean capitals = FALSE;

      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      else
        next = line + strlen (line);
      if (*line == '\0')
        continue;
      g_hash_table_add (self->words, line);
      for (const char *c = line; *c && !capitals; c++)
        capitals = g_ascii_isupper (*c);
      if (capitals)
        g_hash_table_add (self->folded, g_ascii_strdown (line, -1));
    }
  g_assert_cmpuint (g_hash_table_size (self->words), >, 50000);
}

static Checker *
checker_new (void)
{
  Checker *self = g_new0 (Checker, 1);
  g_autofree char *project_path = data_path ("dictionary.txt");
  g_autofree char *british_path = data_path ("british.txt");
  g_auto(GStrv) project = read_lines (project_path);
  g_auto(GStrv) british = read_lines (british_path);

  read_word_list (self);
  self->project = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->british = g_array_new (FALSE, TRUE, sizeof (Pattern));
  g_array_set_clear_func (self->british, (GDestroyNotify) pattern_clear);
  self->checked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->unknown = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->problems = g_string_new (NULL);

  for (guint i = 0; project[i] != NULL; i++)
    g_hash_table_add (self->project, g_ascii_strdown (project[i], -1));
  for (guint i = 0; british[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit_set (british[i], " \t", 2);
      Pattern pattern = { 0 };
      const char *word;
      gsize len;

      g_assert_cmpuint (g_strv_length (pair), ==, 2);
      word = pair[0];
      len = strlen (word);
      pattern.any_start = word[0] == '*';
      pattern.any_end = len > 1 && word[len - 1] == '*';
      pattern.core = g_ascii_strdown (word + pattern.any_start, len - pattern.any_start - pattern.any_end);
      pattern.american = g_strdup (g_strstrip (pair[1]));
      g_array_append_val (self->british, pattern);
    }
  return self;
}

static void
checker_free (Checker *self)
{
  g_hash_table_unref (self->words);
  g_hash_table_unref (self->folded);
  g_free (self->word_list);
  g_hash_table_unref (self->project);
  g_array_unref (self->british);
  g_hash_table_unref (self->checked);
  g_hash_table_unref (self->unknown);
  g_string_free (self->problems, TRUE);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Checker, checker_free)

static gboolean
matches_pattern (const Pattern *pattern,
                 const char    *word)
{
  if (pattern->any_start && pattern->any_end)
    return strstr (word, pattern->core) != NULL;
  if (pattern->any_start)
    return g_str_has_suffix (word, pattern->core);
  if (pattern->any_end)
    return g_str_has_prefix (word, pattern->core);
  return g_str_equal (word, pattern->core);
}

static const char *
british_spelling (Checker    *self,
                  const char *folded)
{
  for (guint i = 0; i < self->british->len; i++)
    {
      const Pattern *pattern = &g_array_index (self->british, Pattern, i);

      if (matches_pattern (pattern, folded))
        return pattern->american;
    }
  return NULL;
}

static gboolean
is_acronym (const char *word)
{
  gsize len = strlen (word);
  gsize upper = 0;

  while (upper < len && g_ascii_isupper (word[upper]))
    upper++;
  /* "AWS", "ACLs" */
  return upper >= 2 && (upper == len || (upper == len - 1 && word[upper] == 's'));
}

static gboolean
is_known (Checker    *self,
          const char *word)
{
  g_autofree char *folded = g_ascii_strdown (word, -1);
  g_autofree char *base = NULL;
  gsize len = strlen (word);

  if (g_hash_table_contains (self->words, word) || g_hash_table_contains (self->words, folded) ||
      g_hash_table_contains (self->folded, folded) || g_hash_table_contains (self->project, folded))
    return TRUE;
  /* The possessive of a known word: "Amazon's", "IAM's" */
  if (len > 2 && word[len - 2] == '\'' && word[len - 1] == 's')
    {
      base = g_strndup (word, len - 2);
      return is_acronym (base) || is_known (self, base);
    }
  return FALSE;
}

static void
check_word (Checker    *self,
            const char *word,
            const char *where)
{
  g_autofree char *folded = NULL;
  const char *american;

  /* Most words come back many times */
  if (g_hash_table_contains (self->checked, word))
    return;

  folded = g_ascii_strdown (word, -1);
  if ((american = british_spelling (self, folded)) != NULL)
    g_string_append_printf (self->problems, "%s: “%s” is British English; American English writes %s\n",
                            where, word, american);
  else if (is_acronym (word) || is_known (self, word))
    g_hash_table_add (self->checked, g_strdup (word));
  else if (!g_hash_table_contains (self->unknown, word))
    g_hash_table_insert (self->unknown, g_strdup (word), g_strdup (where));
}

/* Splits an identifier such as "GetProduct" or "productId" into words */
static void
check_token (Checker    *self,
             const char *token,
             const char *where)
{
  gsize len = strlen (token);
  gsize start = 0;
  gboolean camel = FALSE;

  for (gsize i = 1; i < len; i++)
    if (g_ascii_islower (token[i - 1]) && g_ascii_isupper (token[i]))
      camel = TRUE;
  if (!camel)
    {
      check_word (self, token, where);
      return;
    }

  for (gsize i = 1; i <= len; i++)
    {
      gboolean boundary = i == len ||
                          (g_ascii_islower (token[i - 1]) && g_ascii_isupper (token[i])) ||
                          (g_ascii_isupper (token[i - 1]) && g_ascii_isupper (token[i]) &&
                           i + 1 < len && g_ascii_islower (token[i + 1]));
      if (boundary)
        {
          g_autofree char *part = g_strndup (token + start, i - start);
          check_word (self, part, where);
          start = i;
        }
    }
}

/* Words are runs of ASCII letters, with apostrophes inside them */
static void
check_text (Checker    *self,
            const char *text,
            const char *where)
{
  const char *p = text;

  if (strchr (text, '"') != NULL)
    g_string_append_printf (self->problems, "%s: a straight double quote; quote with “ and ”\n", where);
  /* Rows and toasts read their text as Pango markup */
  if (strchr (text, '&') != NULL || strchr (text, '<') != NULL)
    g_string_append_printf (self->problems, "%s: “&” or “<”, which markup would misread; write “and”, “less than”\n", where);

  while (*p != '\0')
    {
      const char *start;
      g_autofree char *token = NULL;

      if (!g_ascii_isalpha (*p))
        {
          p++;
          continue;
        }
      start = p;
      while (g_ascii_isalpha (*p) || (*p == '\'' && g_ascii_isalpha (p[1])))
        p++;
      token = g_strndup (start, p - start);
      check_token (self, token, where);
    }
}

/* ---------------------------------------------------------------------- */
/* Titles                                                                  */

/* Written in lowercase inside a title: articles, coordinating
 * conjunctions, "to", "as" and prepositions */
static const char * const small_words[] = {
  "a", "an", "the",
  "and", "but", "for", "nor", "or", "so", "yet",
  "as", "to",
  "about", "above", "across", "after", "against", "along", "among", "around", "at",
  "before", "behind", "below", "beneath", "beside", "between", "beyond", "by",
  "during", "except", "from", "in", "inside", "into", "like", "near", "of", "off",
  "on", "onto", "over", "past", "per", "since", "through", "toward", "under",
  "until", "upon", "via", "with", "within", "without",
  NULL
};

static void
check_title (Checker    *self,
             const char *title,
             const char *where)
{
  g_auto(GStrv) words = g_strsplit (title, " ", -1);
  guint n = g_strv_length (words);
  gboolean starts_phrase = TRUE;

  for (guint i = 0; i < n; i++)
    {
      const char *raw = words[i];
      const char *w = raw;
      g_autofree char *folded = NULL;
      gboolean last = i == n - 1;
      gsize len = strlen (raw);

      /* Skip opening quotes and brackets: “Working, (Simple */
      while (*w != '\0' && !g_ascii_isalnum (*w) && !g_ascii_isalpha (*w))
        w++;
      if (*w == '\0' || !g_ascii_isalpha (*w))
        {
          starts_phrase = len > 0 && (raw[len - 1] == ':' || raw[len - 1] == ';');
          continue;
        }

      folded = g_ascii_strdown (w, -1);
      /* The word, without what follows it: "Lot," -> "lot" */
      for (char *q = folded; *q; q++)
        if (!g_ascii_isalpha (*q) && *q != '\'' && *q != '-' && *q != '/')
          {
            *q = '\0';
            break;
          }

      if (starts_phrase || last)
        {
          if (!g_ascii_isupper (*w))
            g_string_append_printf (self->problems, "%s: “%s”: “%s” starts or ends the title and is capitalized\n",
                                    where, title, w);
        }
      else if (g_strv_contains (small_words, folded))
        {
          if (!g_ascii_islower (*w))
            g_string_append_printf (self->problems, "%s: “%s”: “%s” is lowercase inside a title\n",
                                    where, title, w);
        }
      else if (!g_ascii_isupper (*w))
        g_string_append_printf (self->problems, "%s: “%s”: “%s” is capitalized in a title\n",
                                where, title, w);

      starts_phrase = raw[len - 1] == ':' || raw[len - 1] == ';';
    }
}

/* ---------------------------------------------------------------------- */
/* The guide                                                               */

static gboolean
is_reference (const char *text)
{
  /* "questions/design-s3": ids and references are not prose */
  const char *slash = strchr (text, '/');

  if (slash == NULL || slash == text)
    return FALSE;
  for (const char *p = text; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && p != slash)
      return FALSE;
  return TRUE;
}

static void
walk (Checker    *self,
      JsonNode   *node,
      const char *member,
      GString    *path,
      gboolean    in_principles)
{
  gsize mark = path->len;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *name;
        JsonNode *child;

        json_object_iter_init_ordered (&iter, json_node_get_object (node));
        while (json_object_iter_next_ordered (&iter, &name, &child))
          {
            /* Identifiers, choices, and the estimator's units */
            if (g_str_equal (name, "format") || g_str_equal (name, "kind") ||
                g_str_equal (name, "inputs") || g_str_equal (name, "figures"))
              continue;
            g_string_append_printf (path, ".%s", name);
            walk (self, child, name, path,
                  in_principles || (path->len == strlen ("$.principles") &&
                                    g_str_equal (path->str, "$.principles")));
            g_string_truncate (path, mark);
          }
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            g_string_append_printf (path, "[%u]", i);
            walk (self, json_array_get_element (array, i), member, path, in_principles);
            g_string_truncate (path, mark);
          }
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        {
          const char *text = json_node_get_string (node);

          if (is_reference (text))
            break;
          check_text (self, text, path->str);
          if (g_strcmp0 (member, "title") == 0 && !in_principles)
            check_title (self, text, path->str);
        }
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

static JsonNode *
builtin_json (void)
{
  g_autoptr(GError) error = NULL;
  /* Loading the guide links the resources in, and proves the text is the
   * one the app reads */
  g_autoptr(BrGuide) guide = br_guide_new_builtin (&error);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size;
  const char *data;

  g_assert_no_error (error);
  bytes = g_resources_lookup_data ("/io/github/barraiser/BarRaiser/content/guide.json", 0, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (bytes, &size);
  json_parser_load_from_data (parser, data, size, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static void
report (Checker *self)
{
  if (g_hash_table_size (self->unknown) > 0)
    {
      g_autofree GStrv words = (GStrv) g_hash_table_get_keys_as_array (self->unknown, NULL);

      for (guint i = 0; words[i] != NULL; i++)
        g_string_append_printf (self->problems, "%s: “%s” is not in the word list or in tests/data/spelling/dictionary.txt\n",
                                (char *) g_hash_table_lookup (self->unknown, words[i]), words[i]);
    }
  if (self->problems->len > 0)
    {
      g_auto(GStrv) lines = g_strsplit (self->problems->str, "\n", -1);
      guint n = 0;

      for (guint i = 0; lines[i] != NULL; i++)
        if (*lines[i] != '\0')
          {
            g_test_message ("%s", lines[i]);
            n++;
          }
      g_test_fail_printf ("%u spelling or style problems in the built-in guide, listed above", n);
    }
}

static void
test_builtin (void)
{
  g_autoptr(Checker) checker = checker_new ();
  g_autoptr(JsonNode) root = builtin_json ();
  g_autoptr(GString) path = g_string_new ("$");

  walk (checker, root, NULL, path, FALSE);
  report (checker);
}

/* The checker itself: it must catch what it is there to catch */
static void
test_catches (void)
{
  static const struct { const char *text; gboolean title; const char *problem; } cases[] = {
    { "Predictable behaviour under load", FALSE, "behaviour" },
    { "The colour of the button", FALSE, "colour" },
    { "A data centre in every region", FALSE, "centre" },
    { "Access-pattern modelling", FALSE, "modelling" },
    { "Practise the phases", FALSE, "Practise" },
    { "The product catalogue", FALSE, "catalogue" },
    { "We analyse the logs", FALSE, "analyse" },
    { "Read behaviourDetails(id)", FALSE, "behaviour" },
    { "Statements like \"it scales\"", FALSE, "quote" },
    { "Scale & Optimize", FALSE, "markup" },
    { "Design the Shopping Cart", FALSE, NULL },
    { "A practice round, modeled on the real one", FALSE, NULL },
    { "Start With the Customer", TRUE, "With" },
    { "design the Cart", TRUE, "design" },
    { "Design the cart", TRUE, "cart" },
    { "Customer Obsession over Technical Brilliance", TRUE, NULL },
    { "Mechanisms, Not Good Intentions", TRUE, NULL },
    { "Design EC2 Auto-scaling", TRUE, NULL },
    { "Consistency: The Basics", TRUE, NULL },
    { "Consistency: a Primer", TRUE, "a" },
    { "Xyzzyplugh frobnicates", FALSE, "Xyzzyplugh" },
  };
  g_autoptr(Checker) checker = checker_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_string_truncate (checker->problems, 0);
      g_hash_table_remove_all (checker->unknown);
      g_hash_table_remove_all (checker->checked);
      check_text (checker, cases[i].text, "$");
      if (cases[i].title)
        check_title (checker, cases[i].text, "$");
      if (cases[i].problem == NULL)
        {
          g_assert_cmpstr (checker->problems->str, ==, "");
          g_assert_cmpuint (g_hash_table_size (checker->unknown), ==, 0);
        }
      else if (g_str_equal (cases[i].problem, "quote"))
        g_assert_nonnull (strstr (checker->problems->str, "straight double quote"));
      else if (g_str_equal (cases[i].problem, "markup"))
        g_assert_nonnull (strstr (checker->problems->str, "markup would misread"));
      else
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].problem);

          g_assert_true (strstr (checker->problems->str, quoted) != NULL ||
                         g_hash_table_contains (checker->unknown, cases[i].problem));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/guide-style/catches", test_catches);
  g_test_add_func ("/guide-style/builtin", test_builtin);

  return g_test_run ();
}
