/* br-review-infer.c — what a label says about a component: its type, its
 * replicas, whether it is a managed service
 *
 * People sketch fast: a rectangle labelled "Redis" is a cache, "Orders
 * Service x3" has three replicas, "ALB" is a managed load balancer. Names
 * match whole words, whatever their case ("S3" but not "S3cret"), and a
 * name of several words matches them in a row ("API Gateway"). Product
 * names come before the generic words, so that "Postgres cache" is still
 * read as a cache only when no product name says otherwise: the first
 * entry of the table that matches wins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <stdlib.h>
#include <string.h>

#include "br-review-private.h"

typedef struct {
  const char *words;    /* lower case, separated by one space */
  BrStencil type;
} TypeWord;

static const TypeWord type_words[] = {
  /* Products and protocols */
  { "redis", BR_STENCIL_CACHE },
  { "memcached", BR_STENCIL_CACHE },
  { "elasticache", BR_STENCIL_CACHE },
  { "postgres", BR_STENCIL_SQL_DATABASE },
  { "postgresql", BR_STENCIL_SQL_DATABASE },
  { "mysql", BR_STENCIL_SQL_DATABASE },
  { "aurora", BR_STENCIL_SQL_DATABASE },
  { "rds", BR_STENCIL_SQL_DATABASE },
  { "dynamodb", BR_STENCIL_NOSQL_STORE },
  { "cassandra", BR_STENCIL_NOSQL_STORE },
  { "mongo", BR_STENCIL_NOSQL_STORE },
  { "mongodb", BR_STENCIL_NOSQL_STORE },
  { "sqs", BR_STENCIL_MESSAGE_QUEUE },
  { "rabbitmq", BR_STENCIL_MESSAGE_QUEUE },
  { "kafka", BR_STENCIL_STREAM },
  { "kinesis", BR_STENCIL_STREAM },
  { "sns", BR_STENCIL_STREAM },
  { "s3", BR_STENCIL_OBJECT_STORAGE },
  { "cloudfront", BR_STENCIL_CDN },
  { "elb", BR_STENCIL_LOAD_BALANCER },
  { "alb", BR_STENCIL_LOAD_BALANCER },
  { "nlb", BR_STENCIL_LOAD_BALANCER },
  { "nginx", BR_STENCIL_LOAD_BALANCER },
  { "haproxy", BR_STENCIL_LOAD_BALANCER },
  { "elasticsearch", BR_STENCIL_SEARCH_INDEX },
  { "opensearch", BR_STENCIL_SEARCH_INDEX },
  { "cloudwatch", BR_STENCIL_MONITORING },
  { "prometheus", BR_STENCIL_MONITORING },
  { "grafana", BR_STENCIL_MONITORING },
  { "datadog", BR_STENCIL_MONITORING },
  { "route 53", BR_STENCIL_DNS },
  { "api gateway", BR_STENCIL_API_GATEWAY },
  /* What the parts are called */
  { "user", BR_STENCIL_CLIENT },
  { "users", BR_STENCIL_CLIENT },
  { "browser", BR_STENCIL_CLIENT },
  { "mobile", BR_STENCIL_CLIENT },
  { "client", BR_STENCIL_CLIENT },
  { "clients", BR_STENCIL_CLIENT },
  { "load balancer", BR_STENCIL_LOAD_BALANCER },
  { "cdn", BR_STENCIL_CDN },
  { "dns", BR_STENCIL_DNS },
  { "gateway", BR_STENCIL_API_GATEWAY },
  { "cache", BR_STENCIL_CACHE },
  { "queue", BR_STENCIL_MESSAGE_QUEUE },
  { "stream", BR_STENCIL_STREAM },
  { "search", BR_STENCIL_SEARCH_INDEX },
  { "monitoring", BR_STENCIL_MONITORING },
  { "database", BR_STENCIL_SQL_DATABASE },
  { "db", BR_STENCIL_SQL_DATABASE },
  { "worker", BR_STENCIL_WORKER },
  { "workers", BR_STENCIL_WORKER },
  { "service", BR_STENCIL_SERVICE },
  { "server", BR_STENCIL_SERVICE },
  { "api", BR_STENCIL_SERVICE },
};

/* The names of the services the cloud runs for you, redundant by themselves */
static const char * const managed_words[] = {
  "elb", "alb", "nlb", "cloudfront", "api gateway", "route 53", "dynamodb", "s3",
  "sqs", "sns", "kinesis", "aurora",
};

/* The words of @label in lower case, separated by one space, with one
 * space before and after: " orders service x3 ". Written into @buffer
 * when the label is plain ASCII and fits (the common case: no allocation
 * for each of a large board's labels), else into a new string, returned
 * in @allocated to be freed. */
static const char *
label_words (const char *label,
             char       *buffer,
             gsize       size,
             char      **allocated)
{
  gboolean in_word = FALSE;
  gsize length = 0;
  GString *out;
  g_autofree char *folded = NULL;

  *allocated = NULL;
  if (label == NULL)
    label = "";
  buffer[length++] = ' ';
  for (const char *p = label; *p != '\0'; p++)
    {
      if ((guchar) *p >= 0x80 || length + 2 >= size)
        goto slow;
      if (g_ascii_isalnum (*p))
        {
          buffer[length++] = g_ascii_tolower (*p);
          in_word = TRUE;
        }
      else if (in_word)
        {
          buffer[length++] = ' ';
          in_word = FALSE;
        }
    }
  if (in_word)
    buffer[length++] = ' ';
  buffer[length] = '\0';
  return buffer;

slow:
  /* Not ASCII, or long */
  folded = g_utf8_strdown (label, -1);
  out = g_string_new (" ");
  in_word = FALSE;
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == 0xd7 /* × */)
        {
          g_string_append_unichar (out, c);
          in_word = TRUE;
        }
      else if (in_word)
        {
          g_string_append_c (out, ' ');
          in_word = FALSE;
        }
    }
  if (in_word)
    g_string_append_c (out, ' ');
  *allocated = g_string_free (out, FALSE);
  return *allocated;
}

/* Whether @wanted appears in @words as whole words: between spaces (the
 * words start and end with one). No allocation: a large board's labels
 * are all read for each review. */
static gboolean
has_words (const char *words,
           const char *wanted)
{
  gsize length = strlen (wanted);

  for (const char *p = strstr (words, wanted); p != NULL; p = strstr (p + 1, wanted))
    if (p > words && p[-1] == ' ' && p[length] == ' ')
      return TRUE;
  return FALSE;
}

static gboolean
words_type (const char *words,
            BrStencil  *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (type_words); i++)
    if (has_words (words, type_words[i].words))
      {
        *out = type_words[i].type;
        return TRUE;
      }
  return FALSE;
}

static gboolean
words_managed (const char *words)
{
  for (guint i = 0; i < G_N_ELEMENTS (managed_words); i++)
    if (has_words (words, managed_words[i]))
      return TRUE;
  return FALSE;
}

static guint words_replicas (const char *words);

/**
 * br_review_infer_type:
 * @out: (out): the type the label names
 *
 * Returns: whether @label names a kind of component
 */
gboolean
br_review_infer_type (const char *label,
                      BrStencil  *out)
{
  char buffer[256];
  g_autofree char *allocated = NULL;

  return words_type (label_words (label, buffer, sizeof buffer, &allocated), out);
}

/**
 * br_review_infer_managed:
 *
 * Returns: whether @label names a managed service (ELB, DynamoDB, S3…)
 */
gboolean
br_review_infer_managed (const char *label)
{
  char buffer[256];
  g_autofree char *allocated = NULL;

  return words_managed (label_words (label, buffer, sizeof buffer, &allocated));
}

/**
 * _br_review_read_label:
 *
 * Reads the type, the replicas and whether @label names a managed
 * service, splitting it into words once.
 */
void
_br_review_read_label (const char   *label,
                       BrLabelFacts *facts)
{
  char buffer[256];
  g_autofree char *allocated = NULL;
  const char *words;

  if (label == NULL || label[0] == '\0')
    {
      facts->has_type = FALSE;
      facts->replicas = 0;
      facts->managed = FALSE;
      return;
    }
  words = label_words (label, buffer, sizeof buffer, &allocated);
  facts->has_type = words_type (words, &facts->type);
  facts->replicas = words_replicas (words);
  facts->managed = words_managed (words);
}

/* A count of 1 to 100,000 in @text, all digits */
static guint
parse_count (const char *text,
             gsize       length)
{
  guint64 value = 0;

  if (length == 0 || length > 6)
    return 0;
  for (gsize i = 0; i < length; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return 0;
      value = value * 10 + (guint64) (text[i] - '0');
    }
  return value >= 1 && value <= 100000 ? (guint) value : 0;
}

/* The word of @words at @p (after a space), its length in @length */
static const char *
next_word (const char *p,
           gsize      *length)
{
  while (*p == ' ')
    p++;
  if (*p == '\0')
    return NULL;
  *length = strcspn (p, " ");
  return p;
}

static gboolean
word_is (const char *word,
         gsize       length,
         const char *text)
{
  return length == strlen (text) && strncmp (word, text, length) == 0;
}

static guint
words_replicas (const char *words)
{
  gsize length = 0;

  for (const char *word = next_word (words, &length); word != NULL; word = next_word (word + length, &length))
    {
      gsize next_length = 0;
      const char *next;
      guint count;

      /* "x3" and "×3" */
      if (word[0] == 'x' && (count = parse_count (word + 1, length - 1)) > 0)
        return count;
      if (length > 2 && strncmp (word, "×", 2) == 0 && (count = parse_count (word + 2, length - 2)) > 0)
        return count;
      /* "3x" and "3×" */
      if (length > 1 && word[length - 1] == 'x' && (count = parse_count (word, length - 1)) > 0)
        return count;
      if (length > 2 && strncmp (word + length - 2, "×", 2) == 0 && (count = parse_count (word, length - 2)) > 0)
        return count;
      /* "x 3", "× 3" */
      if ((word_is (word, length, "x") || word_is (word, length, "×")) &&
          (next = next_word (word + length, &next_length)) != NULL &&
          (count = parse_count (next, next_length)) > 0)
        return count;
    }
  return 0;
}

/**
 * br_review_infer_replicas:
 *
 * Reads a count as people write it in a label: "x3", "×3", "3x", "x 3".
 *
 * Returns: the count, or 0 when the label gives none
 */
guint
br_review_infer_replicas (const char *label)
{
  char buffer[256];
  g_autofree char *allocated = NULL;

  return words_replicas (label_words (label, buffer, sizeof buffer, &allocated));
}
