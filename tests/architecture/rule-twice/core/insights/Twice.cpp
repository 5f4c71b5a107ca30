// A rule written a second time, which CheckOneDefinition.cmake must refuse.
bool clear(double p)
{
    return p < 0.05;
}
