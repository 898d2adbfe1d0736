/* br-review-tracker.c — the review of a board kept up to date with it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "br-review"

#include <math.h>
#include <string.h>

#include "br-review-private.h"
#include "br-review-tracker.h"

/**
 * BrReviewTracker:
 *
 * Holds the design review of one board at one load multiplier, with an
 * optional failure drill, for the views that show it (the traffic
 * overlay, the inspector, the findings). The review stays a pure function
 * of the board: the tracker only keeps the last one and marks it stale
 * when the board, its targets, the multiplier or the drill change
 * (#BrReviewTracker:stale). Nothing is computed then: the views ask for
 * the review once, at their next frame (br_review_tracker_get_review()),
 * so that a burst of changes — a drag, a slider moved — costs one
 * analysis per frame, and drawing uses the cached result.
 *
 * The drill is view state, not a board edit: it is not undone, saved or
 * exported, and it ends by itself when its item leaves the board.
 */
struct _BrReviewTracker
{
  GObject parent_instance;

  BrReference *reference;
  BrBoard *board;
  double multiplier;
  BrDrillKind drill_kind;
  char *drill_id;
  double drill_factor;

  BrReview *review;           /* the last one computed, or NULL */
  GHashTable *signatures;     /* item id -> what the review read of it, hashed */
  gboolean stale;
  gboolean rebuild;           /* the board or the drill changed, not only the multiplier */
};

G_DEFINE_FINAL_TYPE (BrReviewTracker, br_review_tracker, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BOARD,
  PROP_MULTIPLIER,
  PROP_DRILL_KIND,
  PROP_STALE,
  N_PROPS
};

enum {
  UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
mark_stale (BrReviewTracker *self)
{
  self->rebuild = TRUE;
  if (self->stale)
    return;
  self->stale = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
}

/* What the review reads of an item, hashed: its kind, type, label and
 * review properties, and for an arrow its ends, heads and line. Not its
 * place or size, its colours or its font. */
static gsize
signature (const BrItem *item)
{
  guint64 hash = 14695981039346656037ull;
  guint64 parts[8];

  parts[0] = item->kind;
  parts[1] = item->stencil;
  parts[2] = item->heads;
  parts[3] = item->line_style;
  parts[4] = g_str_hash (item->label);
  parts[5] = item->ends[BR_END_START].item_id != NULL ? g_str_hash (item->ends[BR_END_START].item_id) : 0;
  parts[6] = item->ends[BR_END_END].item_id != NULL ? g_str_hash (item->ends[BR_END_END].item_id) : 0;
  parts[7] = item->component != NULL ? item->component->set : 0;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    hash = (hash ^ parts[i]) * 1099511628211ull;
  for (guint i = 0; item->component != NULL && i < BR_N_FIELDS; i++)
    {
      guint64 bits;

      memcpy (&bits, &item->component->values[i], sizeof bits);
      hash = (hash ^ bits) * 1099511628211ull;
    }
  return (gsize) hash;
}

static gboolean
item_matters (const BrItem *item)
{
  return item->kind == BR_ITEM_ARROW || br_item_can_be_component (item);
}

static void
take_signatures (BrReviewTracker *self)
{
  guint n = br_board_get_n_items (self->board);

  if (self->signatures == NULL)
    self->signatures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_remove_all (self->signatures);
  for (guint i = 0; i < n; i++)
    {
      const BrItem *item = br_board_get_item (self->board, i);

      if (item_matters (item))
        g_hash_table_insert (self->signatures, g_strdup (item->id), GSIZE_TO_POINTER (signature (item)));
    }
}

/* Whether @changes leave the review as it is: items moved, resized or
 * restyled, nothing the review reads */
static gboolean
review_unchanged (BrReviewTracker      *self,
                  const BrBoardChanges *changes)
{
  if (self->signatures == NULL || changes->added->len > 0 || changes->removed->len > 0 || changes->restacked)
    return FALSE;
  for (guint i = 0; i < changes->changed->len; i++)
    {
      const BrItem *item = br_board_lookup (self->board, g_ptr_array_index (changes->changed, i));
      gpointer before;

      if (item == NULL)
        return FALSE;
      if (!g_hash_table_lookup_extended (self->signatures, item->id, NULL, &before))
        {
          if (item_matters (item))
            return FALSE;
          continue;
        }
      if (GPOINTER_TO_SIZE (before) != signature (item))
        return FALSE;
    }
  return TRUE;
}

static void
board_changed (BrReviewTracker      *self,
               const BrBoardChanges *changes)
{
  /* A drill on an item that is gone ends */
  if (self->drill_id != NULL && br_board_lookup (self->board, self->drill_id) == NULL)
    br_review_tracker_set_drill (self, BR_DRILL_NONE, NULL, 1.0);
  /* A drag moves items: the review needs nothing computed again */
  if (self->stale && self->rebuild)
    return;
  if (review_unchanged (self, changes))
    return;
  mark_stale (self);
}

static void
br_review_tracker_dispose (GObject *object)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  br_review_tracker_set_board (self, NULL);
  g_clear_pointer (&self->review, br_review_unref);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  G_OBJECT_CLASS (br_review_tracker_parent_class)->dispose (object);
}

static void
br_review_tracker_finalize (GObject *object)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  g_clear_pointer (&self->reference, br_reference_unref);
  g_free (self->drill_id);
  G_OBJECT_CLASS (br_review_tracker_parent_class)->finalize (object);
}

static void
br_review_tracker_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      g_value_set_object (value, self->board);
      break;
    case PROP_MULTIPLIER:
      g_value_set_double (value, self->multiplier);
      break;
    case PROP_DRILL_KIND:
      g_value_set_uint (value, self->drill_kind);
      break;
    case PROP_STALE:
      g_value_set_boolean (value, self->stale);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_tracker_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BrReviewTracker *self = BR_REVIEW_TRACKER (object);

  switch (prop_id)
    {
    case PROP_BOARD:
      br_review_tracker_set_board (self, g_value_get_object (value));
      break;
    case PROP_MULTIPLIER:
      br_review_tracker_set_multiplier (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_review_tracker_class_init (BrReviewTrackerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = br_review_tracker_dispose;
  object_class->finalize = br_review_tracker_finalize;
  object_class->get_property = br_review_tracker_get_property;
  object_class->set_property = br_review_tracker_set_property;

  properties[PROP_BOARD] =
    g_param_spec_object ("board", NULL, NULL, BR_TYPE_BOARD,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewTracker:multiplier:
   *
   * Of the clients' entry load, from 0.1 to 100.
   */
  properties[PROP_MULTIPLIER] =
    g_param_spec_double ("multiplier", NULL, NULL,
                         BR_REVIEW_MIN_MULTIPLIER, BR_REVIEW_MAX_MULTIPLIER, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewTracker:drill-kind:
   *
   * The #BrDrillKind of the drill played out, %BR_DRILL_NONE for none.
   */
  properties[PROP_DRILL_KIND] =
    g_param_spec_uint ("drill-kind", NULL, NULL, BR_DRILL_NONE, BR_DRILL_LOSE_REPLICA, BR_DRILL_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BrReviewTracker:stale:
   *
   * Whether the last review no longer matches the board, the multiplier
   * or the drill; br_review_tracker_get_review() computes a new one.
   */
  properties[PROP_STALE] =
    g_param_spec_boolean ("stale", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BrReviewTracker::updated:
   *
   * A new review was computed.
   */
  signals[UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
br_review_tracker_init (BrReviewTracker *self)
{
  self->multiplier = 1.0;
  self->drill_factor = 1.0;
  self->stale = TRUE;
}

/**
 * br_review_tracker_new:
 * @reference: the reference numbers the review fills unset properties from
 */
BrReviewTracker *
br_review_tracker_new (BrReference *reference)
{
  BrReviewTracker *self;

  g_return_val_if_fail (reference != NULL, NULL);

  self = g_object_new (BR_TYPE_REVIEW_TRACKER, NULL);
  self->reference = br_reference_ref (reference);
  return self;
}

BrBoard *
br_review_tracker_get_board (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), NULL);
  return self->board;
}

void
br_review_tracker_set_board (BrReviewTracker *self,
                             BrBoard         *board)
{
  g_return_if_fail (BR_IS_REVIEW_TRACKER (self));
  g_return_if_fail (board == NULL || BR_IS_BOARD (board));

  if (self->board == board)
    return;
  if (self->board != NULL)
    g_signal_handlers_disconnect_by_data (self->board, self);
  g_set_object (&self->board, board);
  if (board != NULL)
    {
      g_signal_connect_swapped (board, "changed", G_CALLBACK (board_changed), self);
      g_signal_connect_swapped (board, "targets-changed", G_CALLBACK (mark_stale), self);
    }
  br_review_tracker_set_drill (self, BR_DRILL_NONE, NULL, 1.0);
  g_clear_pointer (&self->review, br_review_unref);
  g_clear_pointer (&self->signatures, g_hash_table_unref);
  mark_stale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BOARD]);
}

double
br_review_tracker_get_multiplier (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), 1.0);
  return self->multiplier;
}

/**
 * br_review_tracker_set_multiplier:
 * @multiplier: of the entry load; clamped to 0.1–100
 */
void
br_review_tracker_set_multiplier (BrReviewTracker *self,
                                  double           multiplier)
{
  g_return_if_fail (BR_IS_REVIEW_TRACKER (self));

  if (!isfinite (multiplier))
    return;
  multiplier = CLAMP (multiplier, BR_REVIEW_MIN_MULTIPLIER, BR_REVIEW_MAX_MULTIPLIER);
  if (multiplier == self->multiplier)
    return;
  self->multiplier = multiplier;
  /* The same board at another load: the last review's graph serves */
  if (!self->stale)
    {
      self->stale = TRUE;
      self->rebuild = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MULTIPLIER]);
}

/**
 * br_review_tracker_set_drill:
 * @kind: the drill, or %BR_DRILL_NONE to end it
 * @item_id: (nullable): the component or arrow drilled
 * @factor: for %BR_DRILL_SLOW, how many times slower (1 or more)
 *
 * Plays out a failure in the review, without changing the board.
 */
void
br_review_tracker_set_drill (BrReviewTracker *self,
                             BrDrillKind      kind,
                             const char      *item_id,
                             double           factor)
{
  g_return_if_fail (BR_IS_REVIEW_TRACKER (self));

  if (item_id == NULL)
    kind = BR_DRILL_NONE;
  if (kind == BR_DRILL_NONE)
    item_id = NULL;
  factor = kind == BR_DRILL_SLOW && isfinite (factor) ? MAX (factor, 1.0) : 1.0;
  if (kind == self->drill_kind && g_strcmp0 (item_id, self->drill_id) == 0 &&
      factor == self->drill_factor)
    return;

  g_free (self->drill_id);
  self->drill_id = g_strdup (item_id);
  self->drill_factor = factor;
  self->drill_kind = kind;
  mark_stale (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DRILL_KIND]);
}

/**
 * br_review_tracker_get_drill:
 * @item_id: (out) (optional) (transfer none): the item drilled
 * @factor: (out) (optional): the slow-down factor
 *
 * Returns: the drill played out, %BR_DRILL_NONE for none
 */
BrDrillKind
br_review_tracker_get_drill (BrReviewTracker  *self,
                             const char      **item_id,
                             double           *factor)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), BR_DRILL_NONE);

  if (item_id)
    *item_id = self->drill_id;
  if (factor)
    *factor = self->drill_factor;
  return self->drill_kind;
}

gboolean
br_review_tracker_get_stale (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), FALSE);
  return self->stale;
}

/**
 * br_review_tracker_get_review:
 *
 * Computes the review if it is stale, and emits #BrReviewTracker::updated
 * then.
 *
 * Returns: (transfer none) (nullable): the review of the board as it is
 *   now, %NULL without a board
 */
BrReview *
br_review_tracker_get_review (BrReviewTracker *self)
{
  BrReviewDrill drill = { 0 };

  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), NULL);

  if (!self->stale || self->board == NULL)
    return self->review;

  if (!self->rebuild && self->review != NULL)
    {
      BrReview *review = _br_review_new_at (self->review, self->multiplier);

      br_review_unref (self->review);
      self->review = review;
    }
  else
    {
      drill.kind = self->drill_kind;
      drill.item_id = self->drill_id;
      drill.factor = self->drill_factor;
      g_clear_pointer (&self->review, br_review_unref);
      self->review = br_review_new (self->board, self->reference, self->multiplier, &drill);
      take_signatures (self);
    }
  self->stale = FALSE;
  self->rebuild = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STALE]);
  g_signal_emit (self, signals[UPDATED], 0);
  return self->review;
}

/**
 * br_review_tracker_peek_review:
 *
 * Returns: (transfer none) (nullable): the last review computed, stale or
 *   not, without computing one: what a frame draws from
 */
BrReview *
br_review_tracker_peek_review (BrReviewTracker *self)
{
  g_return_val_if_fail (BR_IS_REVIEW_TRACKER (self), NULL);
  return self->review;
}
