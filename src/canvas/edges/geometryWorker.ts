// Routes and places the edges of a big diagram off the page's thread (backgroundGeometry.ts).
// One worker for the open document's life: its route book follows the document edit by edit.
import { answerEach } from '../../lib/oneShotWorker';
import { GeometryAnswers, type GeometryAnswer, type GeometryRequest } from './geometryAnswers';

const answers = new GeometryAnswers();
let lastId = -1;

answerEach<GeometryRequest, GeometryAnswer>(
  (request) => {
    lastId = request.id;
    return answers.answer(request);
  },
  () => ({ id: lastId, ok: false }),
);
