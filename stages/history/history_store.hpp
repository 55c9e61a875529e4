// The indicator history store (issue 6): not built yet.
#pragma once
