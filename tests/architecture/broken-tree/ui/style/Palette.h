#pragma once
// A style header that uses Qt Charts outside ui/charts: the layer check must refuse it.
#include <QChartView>
