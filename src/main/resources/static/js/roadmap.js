// Drag-and-drop on the roadmap board, on top of the move buttons (which stay the way to move with the keyboard or
// without JavaScript). A drop sends the same move the buttons send: lane, position, the version read and the board's
// filter; htmx swaps the board the server answers with.
(function () {
  var dragged = null;

  function clearTargets() {
    document.querySelectorAll('.roadmap-drop-target').forEach(function (lane) {
      lane.classList.remove('roadmap-drop-target');
    });
  }

  function laneOf(element) {
    return element && element.closest ? element.closest('.roadmap-lane') : null;
  }

  document.addEventListener('dragstart', function (event) {
    var card = event.target.closest ? event.target.closest('.roadmap-item[draggable="true"]') : null;
    if (!card) {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', card.dataset.itemId);
    card.classList.add('roadmap-dragging');
  });

  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('roadmap-dragging');
    }
    dragged = null;
    clearTargets();
  });

  document.addEventListener('dragover', function (event) {
    var lane = laneOf(event.target);
    if (!dragged || !lane) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    if (!lane.classList.contains('roadmap-drop-target')) {
      clearTargets();
      lane.classList.add('roadmap-drop-target');
    }
  });

  document.addEventListener('drop', function (event) {
    var lane = laneOf(event.target);
    if (!dragged || !lane) {
      return;
    }
    event.preventDefault();
    var before = event.target.closest('.roadmap-item');
    if (before === dragged) {
      return;
    }
    var values = { lane: lane.dataset.lane, version: dragged.dataset.version };
    if (before) {
      // Dropped on a card: take its place. Within a lane, moving down, the card itself moves up by one first.
      var target = parseInt(before.dataset.position, 10);
      var from = parseInt(dragged.dataset.position, 10);
      values.position = String(laneOf(dragged) === lane && from < target ? target - 1 : target);
    }
    var board = document.getElementById('roadmap-board');
    ['team', 'group', 'objective'].forEach(function (key) {
      if (board.dataset[key]) {
        values[key] = board.dataset[key];
      }
    });
    htmx.ajax('POST', dragged.dataset.moveUrl, { target: '#roadmap-board', swap: 'outerHTML', values: values });
  });
})();
