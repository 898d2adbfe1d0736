/* br-wrap-box.c — a row of widgets that wraps onto more rows when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "br-wrap-box.h"

/**
 * BrWrapBox:
 *
 * Lays its children out left to right, as a horizontal box does, and
 * starts a new row where the next child would not fit, so that in a
 * narrow window every child stays on screen instead of being cut off. A
 * child that expands horizontally (a title) is counted at its minimum
 * width when rows are filled and takes the room left in its row.
 */

struct _BrWrapBox
{
  GtkWidget parent_instance;
  int spacing;
  int row_spacing;
};

G_DEFINE_FINAL_TYPE (BrWrapBox, br_wrap_box, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPACING,
  PROP_ROW_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The width a child asks for when rows are filled */
static int
child_width (GtkWidget *child)
{
  int minimum, natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  return gtk_widget_get_hexpand (child) ? minimum : natural;
}

/* Calls @row for each row the children fill at @width, with the first
 * child of the row, the one after its last, its used width and height;
 * returns the total height */
typedef void (*RowFunc) (BrWrapBox *self,
                         GtkWidget *first,
                         GtkWidget *end,
                         int        used,
                         int        y,
                         int        height,
                         int        width,
                         gpointer   data);

static int
fill_rows (BrWrapBox *self,
           int        width,
           RowFunc    row,
           gpointer   data)
{
  GtkWidget *first = NULL;
  int used = 0, row_height = 0, y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int w, h;

      if (!gtk_widget_should_layout (child))
        continue;
      w = child_width (child);
      if (first != NULL && width >= 0 && used + self->spacing + w > width)
        {
          if (row)
            row (self, first, child, used, y, row_height, width, data);
          y += row_height + self->row_spacing;
          first = NULL;
          used = 0;
          row_height = 0;
        }
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, NULL, &h, NULL, NULL);
      used += (first != NULL ? self->spacing : 0) + w;
      row_height = MAX (row_height, h);
      if (first == NULL)
        first = child;
    }
  if (first != NULL)
    {
      if (row)
        row (self, first, NULL, used, y, row_height, width, data);
      y += row_height;
    }
  return y;
}

static void
br_wrap_box_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  BrWrapBox *self = BR_WRAP_BOX (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gboolean first = TRUE;

      /* As narrow as the widest child; naturally, all in one row */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural += (first ? 0 : self->spacing) + child_nat;
          first = FALSE;
        }
    }
  else
    {
      /* As tall as the rows the width makes */
      *minimum = *natural = fill_rows (self, for_size, NULL, NULL);
    }
}

static GtkSizeRequestMode
br_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
allocate_row (BrWrapBox *self,
              GtkWidget *first,
              GtkWidget *end,
              int        used,
              int        y,
              int        height,
              int        width,
              gpointer   data)
{
  int n_expand = 0, extra = MAX (width - used, 0), x = 0;

  for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child) && gtk_widget_get_hexpand (child))
      n_expand++;

  for (GtkWidget *child = first; child != end; child = gtk_widget_get_next_sibling (child))
    {
      int w;

      if (!gtk_widget_should_layout (child))
        continue;
      w = child_width (child);
      if (n_expand > 0 && gtk_widget_get_hexpand (child))
        {
          int share = extra / n_expand;

          w += share;
          extra -= share;
          n_expand--;
        }
      gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, MIN (w, width), height }, -1);
      x += w + self->spacing;
    }
}

static void
br_wrap_box_size_allocate (GtkWidget *widget,
                           int        width,
                           int        height,
                           int        baseline)
{
  fill_rows (BR_WRAP_BOX (widget), width, allocate_row, NULL);
}

static void
br_wrap_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (br_wrap_box_parent_class)->dispose (object);
}

static void
br_wrap_box_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BrWrapBox *self = BR_WRAP_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_ROW_SPACING:
      g_value_set_int (value, self->row_spacing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
br_wrap_box_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BrWrapBox *self = BR_WRAP_BOX (object);
  int *field;

  switch (prop_id)
    {
    case PROP_SPACING:
      field = &self->spacing;
      break;
    case PROP_ROW_SPACING:
      field = &self->row_spacing;
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  if (*field != g_value_get_int (value))
    {
      *field = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_object_notify_by_pspec (object, pspec);
    }
}

static void
br_wrap_box_class_init (BrWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = br_wrap_box_dispose;
  object_class->get_property = br_wrap_box_get_property;
  object_class->set_property = br_wrap_box_set_property;
  widget_class->measure = br_wrap_box_measure;
  widget_class->get_request_mode = br_wrap_box_get_request_mode;
  widget_class->size_allocate = br_wrap_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ROW_SPACING] =
    g_param_spec_int ("row-spacing", NULL, NULL, 0, G_MAXINT16, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
br_wrap_box_init (BrWrapBox *self)
{
}

GtkWidget *
br_wrap_box_new (void)
{
  return g_object_new (BR_TYPE_WRAP_BOX, NULL);
}
